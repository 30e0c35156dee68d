using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>
/// The catalogue's machine doors: each resource at /donnees/{dataset}/{file} (streamed from disk by
/// the physical-file result: Content-Length, Range, ETag = the file's SHA-256, Last-Modified), the
/// DCAT-AP JSON-LD export and a udata-like JSON API. Public, no token.
/// </summary>
internal static class CatalogueEndpoints
{
    private static readonly System.Text.Json.JsonSerializerOptions JsonLd = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Results<PhysicalFileHttpResult, ProblemHttpResult> Download(HttpContext http, DataCatalogue catalogue, string slug, string resource)
    {
        var dataset = catalogue.Find(slug);
        var file = dataset?.Resource(resource);
        if (dataset is null || file is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Fichier inconnu",
                detail: $"Aucun fichier « {resource} » dans le jeu de données « {slug} » : voir {CatalogueLinks.Catalogue}.");
        // The offers' files change with each export behind the same address: revalidate; reference files change with a release.
        // So do the statistics' files, rewritten after each quarterly computation.
        http.Response.Headers.CacheControl = slug == OffersDatasetProvider.Slug || Statistics.StatisticsDatasetProvider.IsStatistics(slug)
            ? "no-cache" : "public, max-age=3600";
        return TypedResults.PhysicalFile(file.PhysicalPath, file.MediaType, fileDownloadName: file.Name,
            lastModified: file.Modified, entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""), enableRangeProcessing: true);
    }

    public static IResult Dcat(HttpContext http, DataCatalogue catalogue, PublicUrls urls)
    {
        var document = DcatCatalogue.Build(catalogue.All(), urls.BaseOf(http.Request));
        http.Response.Headers.CacheControl = "no-cache";
        return Results.Text(document.ToJsonString(JsonLd), DcatCatalogue.MediaType + "; charset=utf-8");
    }

    public static JsonHttpResult<UdataPage> ListDatasets(
        HttpContext http, DataCatalogue catalogue, PublicUrls urls,
        string? q, string? tag, string? format, string? license, int? page, int? page_size)
    {
        var baseUrl = urls.BaseOf(http.Request);
        var results = catalogue.Search(new CatalogueQuery(q, tag, format, license, page ?? 1, page_size ?? 20));
        string PageUrl(int number) => baseUrl + CatalogueLinks.Api + "/" + QueryString.Create(
            new Dictionary<string, string?> { ["q"] = q, ["tag"] = tag, ["format"] = format, ["license"] = license,
                ["page"] = number.ToString(CultureInfo.InvariantCulture), ["page_size"] = results.PageSize.ToString(CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value)));
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Json(new UdataPage(
            [.. results.Datasets.Select(d => UdataApi.Dataset(d, baseUrl))], results.Page, results.PageSize, results.Total,
            results.Page < results.Pages ? PageUrl(results.Page + 1) : null,
            results.Page > 1 ? PageUrl(results.Page - 1) : null));
    }

    public static Results<JsonHttpResult<UdataDataset>, ProblemHttpResult> GetDataset(HttpContext http, DataCatalogue catalogue, PublicUrls urls, string slug)
    {
        var dataset = catalogue.Find(slug);
        if (dataset is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Jeu de données inconnu",
                detail: $"Aucun jeu de données « {slug} » : voir {CatalogueLinks.Api}/.");
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Json(UdataApi.Dataset(dataset, urls.BaseOf(http.Request)));
    }
}
