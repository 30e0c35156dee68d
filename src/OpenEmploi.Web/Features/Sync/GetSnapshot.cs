using OpenEmploi.Storage;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.OffresApi;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// GET …/snapshot: every live offer the filters select, one JSON line each ({"offre": …}, published
/// as the offers API publishes it), then {"fin": {"sequence": S, "offres": N}}. All lines come from
/// one read of the store at sequence S; follow the changes after S.
/// </summary>
internal static class GetSnapshot
{
    public static async Task<IResult> HandleAsync(HttpContext http, IOffreStore store, PublicUrls urls, CancellationToken ct)
    {
        var (filter, error) = SyncFilterParser.Parse(http.Request.Query);
        if (filter is null)
            return SyncProblems.BadRequest(error!);
        var reader = await store.OpenSyncReaderAsync(ct);
        await using (reader)
        {
            SyncHeaders.Set(http.Response, reader.Sequence);
            if (SyncHeaders.NotModified(http.Request, reader.Sequence))
                return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            var baseUrl = urls.BaseOf(http.Request);
            var clientId = ApiClaims.ClientIdOf(http.User);
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
        }
        return TypedResults.Empty;
    }
}
