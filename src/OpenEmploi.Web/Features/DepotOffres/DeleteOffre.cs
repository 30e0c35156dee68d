using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.Ingestion;

namespace OpenEmploi.Web.Features.DepotOffres;

/// <summary>
/// DELETE …/offres/{reference}: the application withdraws one of its offers. Queued in the inbox
/// after the postings before it (a post then a delete of one reference are processed in that
/// order), answered 202 with a status URL; 404 when the application never posted that reference.
/// </summary>
internal static class DeleteOffre
{
    public static async Task<IResult> HandleAsync(
        string reference, HttpContext http, IIngestionInbox inbox, IIngestionStore store, IngestionSignal signal, TimeProvider time, CancellationToken ct)
    {
        var clientId = ApiClaims.ClientIdOf(http.User)!;
        var source = PostingSource.CodeOf(clientId);
        reference = Uri.UnescapeDataString(reference).Trim();
        if (await store.GetRowAsync(source, reference, ct) is null && !await inbox.WasPostedAsync(source, reference, ct))
        {
            return TypedResults.Problem($"Aucune offre de référence « {reference} » n'a été déposée par cette application.",
                statusCode: StatusCodes.Status404NotFound, title: "Offre inconnue");
        }
        var batchId = Guid.NewGuid().ToString("N");
        await inbox.AddAsync([new InboxItem(0, batchId, 0, clientId, source, InboxOperation.Delete, reference, null, time.GetUtcNow())], ct);
        signal.Wake();
        var status = DepotOffresFeature.BatchPath(batchId);
        return TypedResults.Accepted(status, new RetraitAccepte(batchId, status, reference));
    }
}
