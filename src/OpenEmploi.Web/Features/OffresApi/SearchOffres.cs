using System.Globalization;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.OffresApi.Parameters;
using OpenEmploi.Web.Features.Search;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>
/// GET …/offres/search: validates the query string, searches this node's index, then reads the
/// window's documents from the store in one query.
/// </summary>
internal static class SearchOffres
{
    public static async Task<IResult> HandleAsync(
        HttpContext http,
        SearchParametersParser parser,
        SearchIndexHolder index,
        IOffreStore store,
        ResultDocumentCache cache,
        PublicUrls urls,
        TimeProvider time,
        CancellationToken ct)
    {
        var parsed = parser.Parse(http.Request.Query);
        if (parsed.Error is { } error)
            return WireError.BadRequest(error);
        var query = parsed.Query!;

        var result = index.Engine.Search(query, time.GetUtcNow().UtcDateTime);
        // No result, or a window starting past the last one (ours): 204, still telling the total.
        if (result.Total == 0 || query.Start >= result.Total)
            return new EmptyRangeResult(result.Total == 0 ? "offres */0" : string.Create(CultureInfo.InvariantCulture, $"offres */{result.Total}"));

        var documents = await cache.GetManyAsync(store, result.Ids, ct);
        var last = Math.Min(query.End, result.Total - 1);
        var status = last < result.Total - 1 ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        var baseUrl = urls.BaseOf(http.Request);
        var clientId = ApiClaims.ClientIdOf(http.User);
        return new SearchPageResult(
            status,
            string.Create(CultureInfo.InvariantCulture, $"offres {query.Start}-{last}/{result.Total}"),
            result.Ids,
            documents,
            result.Facets,
            id => PublicUrls.LinksOf(baseUrl, id, clientId));
    }
}
