using System.Globalization;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.OffresApi;
using OpenEmploi.Web.Features.SyncCompliance;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// GET …/changes?after=S&amp;limit=N: the next events after cursor S, one JSON line each, then
/// {"fin": {"suivant": …, "sequence": …, "aJour": …, "evenements": …}}. Created and updated events
/// carry the whole offer as it is at "sequence"; deletions carry the tombstone's id, codes and date.
/// </summary>
internal static class GetChanges
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IOffreStore store, PublicUrls urls, SyncOptions options, SyncCallRecorder recorder, TimeProvider time,
        CancellationToken ct)
    {
        var query = http.Request.Query;
        if (!long.TryParse(query["after"], NumberStyles.None, CultureInfo.InvariantCulture, out var after))
            return SyncProblems.BadRequest("Le paramètre after (la séquence du dernier événement appliqué, 0 au départ d'un instantané vide) est obligatoire : un entier positif ou nul.");
        var limit = options.DefaultLimit;
        if (query.ContainsKey("limit")
            && (!int.TryParse(query["limit"], NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > options.MaxLimit))
            return SyncProblems.BadRequest($"Le paramètre limit attend un entier de 1 à {options.MaxLimit}.");
        var (filter, error) = SyncFilterParser.Parse(query);
        if (filter is null)
            return SyncProblems.BadRequest(error!);

        var reader = await store.OpenSyncReaderAsync(ct);
        await using (reader)
        {
            if (after < reader.PrunedThrough)
                return SyncProblems.Gone(after, reader.PrunedThrough, options.ChangeLogRetention);
            if (after > reader.Sequence)
                return SyncProblems.BadRequest($"Le curseur {after} dépasse la dernière séquence du journal ({reader.Sequence}) : il ne vient pas de cette plateforme.");
            SyncHeaders.Set(http.Response, reader.Sequence);
            var clientId = ApiClaims.ClientIdOf(http.User);
            if (SyncHeaders.NotModified(http.Request, reader.Sequence))
            {
                Record(recorder, clientId, time, after, reader.Sequence);
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }

            var baseUrl = urls.BaseOf(http.Request);
            await using var lines = JsonLinesWriter.Start(http);
            var count = 0;
            var last = after;
            await foreach (var change in reader.ReadChangesAsync(after, limit, filter, ct))
            {
                WriteEvent(lines.Json, change, baseUrl, clientId);
                await lines.EndLineAsync(ct);
                count++;
                last = change.Sequence;
            }
            // A short page read the log up to the reader's sequence (under a filter, past events
            // that do not concern it): the cursor moves there.
            var next = count < limit ? reader.Sequence : last;
            lines.Json.WriteStartObject();
            lines.Json.WriteStartObject("fin"u8);
            lines.Json.WriteNumber("suivant"u8, next);
            lines.Json.WriteNumber("sequence"u8, reader.Sequence);
            lines.Json.WriteBoolean("aJour"u8, next == reader.Sequence);
            lines.Json.WriteNumber("evenements"u8, count);
            lines.Json.WriteEndObject();
            lines.Json.WriteEndObject();
            await lines.EndLineAsync(ct);
            await lines.CompleteAsync(ct);
            Record(recorder, clientId, time, next, reader.Sequence);
        }
        return TypedResults.Empty;
    }

    /// <summary>A page sent down to its "fin" line (or a 304) is a successful sync up to <paramref name="position"/>.</summary>
    private static void Record(SyncCallRecorder recorder, string? clientId, TimeProvider time, long position, long head)
    {
        if (clientId is not null)
            recorder.Record(new SyncCall(clientId, time.GetUtcNow(), SyncCallKind.Changes, position, head));
    }

    public static string TypeOf(ChangeKind kind) => kind switch
    {
        ChangeKind.Created => "creation",
        ChangeKind.Updated => "modification",
        _ => "suppression",
    };

    private static void WriteEvent(System.Text.Json.Utf8JsonWriter json, SyncEvent change, string baseUrl, string? clientId)
    {
        json.WriteStartObject();
        json.WriteNumber("sequence"u8, change.Sequence);
        json.WriteString("type"u8, TypeOf(change.Kind));
        json.WriteString("id"u8, change.OffreId);
        json.WriteString("date"u8, change.At.UtcDateTime);
        if (change.Json is { } document)
        {
            json.WritePropertyName("offre"u8);
            PublishedOffreWriter.Write(json, document, PublicUrls.LinksOf(baseUrl, change.OffreId, clientId));
        }
        else
        {
            json.WriteString("codeROME"u8, change.RomeCode);
            json.WriteString("commune"u8, change.Commune);
            json.WriteString("departement"u8, change.Departement);
            json.WriteString("region"u8, change.Region);
        }
        json.WriteEndObject();
    }
}
