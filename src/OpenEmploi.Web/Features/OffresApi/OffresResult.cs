using System.Text.Json;
using OpenEmploi.Search.Query;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>A 200 or 206 search answer: Content-Range over the whole result set, the window's offers, the facets.</summary>
internal sealed class SearchPageResult(
    int statusCode,
    string contentRange,
    IReadOnlyList<string> ids,
    IReadOnlyDictionary<string, byte[]> documents,
    IReadOnlyList<FacetCounts> facets,
    Func<string, OfferLinks> linksOf) : IResult
{
    public const string AcceptRange = "150";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.Headers.ContentRange = contentRange;
        response.Headers["Accept-Range"] = AcceptRange;
        response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, PublishedOffreWriter.WriterOptions))
            SearchResponseWriter.Write(writer, ids, documents, facets, linksOf);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}

/// <summary>One offer (detail endpoint), its contact replaced by the apply link, its portal page as urlOrigine when it is the platform's own.</summary>
internal sealed class OffreResult(string document, OfferLinks links) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        await using (var writer = new Utf8JsonWriter(response.BodyWriter, PublishedOffreWriter.WriterOptions))
            PublishedOffreWriter.Write(writer, document, links);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}

/// <summary>A 204 that still says how many results there are (`offres */N`), as the contract's 204 does.</summary>
internal sealed class EmptyRangeResult(string contentRange) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = StatusCodes.Status204NoContent;
        httpContext.Response.Headers.ContentRange = contentRange;
        return Task.CompletedTask;
    }
}
