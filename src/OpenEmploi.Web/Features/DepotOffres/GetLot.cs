using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Web.Features.Auth;

namespace OpenEmploi.Web.Features.DepotOffres;

/// <summary>GET …/lots/{id}: a batch's records with the pipeline's decisions once processed; 404 for another application's batch.</summary>
internal static class GetLot
{
    public static async Task<IResult> HandleAsync(string id, HttpContext http, IIngestionInbox inbox, CancellationToken ct)
    {
        var items = await inbox.GetBatchAsync(id, ct);
        if (items.Count == 0 || items[0].ClientId != ApiClaims.ClientIdOf(http.User) || items[0].Operation is not (InboxOperation.Post or InboxOperation.Delete))
            return TypedResults.Problem($"Aucun lot « {id} » pour cette application.", statusCode: StatusCodes.Status404NotFound, title: "Lot inconnu");
        return TypedResults.Ok(EtatLot.Of(items));
    }
}
