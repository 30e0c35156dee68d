using OpenEmploi.Core.Offres;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.Auth;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>GET …/offres/{id}: 200 with the offer, 204 (not 404) when unknown or deleted, 400 for a malformed id.</summary>
internal static class GetOffre
{
    public const string MalformedIdMessage = "Le format de l'id de l'offre recherchée est incorrect.";

    public static async Task<IResult> HandleAsync(string id, HttpContext http, IOffreStore store, PublicUrls urls, CancellationToken ct)
    {
        if (!OffreId.IsValid(id))
            return WireError.BadRequest(MalformedIdMessage);
        var json = await store.GetJsonAsync(id, ct);
        if (json is null)
            return TypedResults.NoContent();
        return new OffreResult(json, PublicUrls.LinksOf(urls.BaseOf(http.Request), id, ApiClaims.ClientIdOf(http.User)));
    }
}
