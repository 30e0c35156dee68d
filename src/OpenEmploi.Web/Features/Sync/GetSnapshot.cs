using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.OffresApi;
using OpenEmploi.Web.Features.SyncCompliance;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// GET …/snapshot: every live offer the filters select, one JSON line each ({"offre": …}, published
/// as the offers API publishes it), then {"fin": {"sequence": S, "offres": N}}. All lines come from
/// one read of the store at sequence S; follow the changes after S.
/// </summary>
internal static class GetSnapshot
{
    public static async Task<IResult> HandleAsync(
        HttpContext http, IOffreStore store, PublicUrls urls, SyncCallRecorder recorder, TimeProvider time, CancellationToken ct)
    {
        var (filter, error) = SyncFilterParser.Parse(http.Request.Query);
        if (filter is null)
            return SyncProblems.BadRequest(error!);
        var reader = await store.OpenSyncReaderAsync(ct);
        await using (reader)
        {
            SyncHeaders.Set(http.Response, reader.Sequence);
            var clientId = ApiClaims.ClientIdOf(http.User);
            if (SyncHeaders.NotModified(http.Request, reader.Sequence))
            {
                // The client holds the snapshot at the head already: as good as a new one.
                Record(recorder, clientId, time, reader.Sequence);
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            }
            var baseUrl = urls.BaseOf(http.Request);
            await using var lines = JsonLinesWriter.Start(http);
            long count = 0;
            await foreach (var offre in reader.ReadOffersAsync(filter, ct))
            {
                lines.Json.WriteStartObject();
                lines.Json.WritePropertyName("offre"u8);
                PublishedOffreWriter.Write(lines.Json, offre.Json, PublicUrls.LinksOf(baseUrl, offre.Id, clientId));
                lines.Json.WriteEndObject();
                await lines.EndLineAsync(ct);
                count++;
            }
            lines.Json.WriteStartObject();
            lines.Json.WriteStartObject("fin"u8);
            lines.Json.WriteNumber("sequence"u8, reader.Sequence);
            lines.Json.WriteNumber("offres"u8, count);
            lines.Json.WriteEndObject();
            lines.Json.WriteEndObject();
            await lines.EndLineAsync(ct);
            await lines.CompleteAsync(ct);
            Record(recorder, clientId, time, reader.Sequence);
        }
        return TypedResults.Empty;
    }

    /// <summary>Only a snapshot sent down to its "fin" line counts as a sync (compliance tracking).</summary>
    private static void Record(SyncCallRecorder recorder, string? clientId, TimeProvider time, long sequence)
    {
        if (clientId is not null)
            recorder.Record(new SyncCall(clientId, time.GetUtcNow(), SyncCallKind.Snapshot, sequence, sequence));
    }
}
