using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>
/// The catalogue in DCAT-AP as JSON-LD (compact form, one @context): a dcat:Catalog whose
/// dcat:Dataset entries hold their dcat:Distribution files, with licence, download URL, size,
/// format, media type, modification date and checksum, and the datasets' update frequency from
/// the EU vocabulary. Harvesters such as data.gouv.fr's read this form.
/// </summary>
internal static class DcatCatalogue
{
    public const string MediaType = "application/ld+json";

    public static readonly JsonObject Context = new()
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["spdx"] = "http://spdx.org/rdf/terms#",
        ["adms"] = "http://www.w3.org/ns/adms#",
    };

    public static JsonObject Build(IReadOnlyList<CatalogueDataset> datasets, string baseUrl)
    {
        var modified = datasets.Select(d => d.Modified).Where(m => m is not null).DefaultIfEmpty().Max();
        var catalog = new JsonObject
        {
            ["@context"] = Context.DeepClone(),
            ["@id"] = baseUrl + CatalogueLinks.Catalogue,
            ["@type"] = "dcat:Catalog",
            ["dct:title"] = French("Catalogue des données ouvertes d'OpenEmploi"),
            ["dct:description"] = French("Les offres d'emploi anonymisées et les référentiels publiés par la plateforme OpenEmploi."),
            ["dct:publisher"] = Agent("OpenEmploi"),
            ["dct:language"] = Id("http://publications.europa.eu/resource/authority/language/FRA"),
            ["foaf:homepage"] = Id(baseUrl + CatalogueLinks.Catalogue),
            ["dcat:dataset"] = new JsonArray([.. datasets.Select(d => (JsonNode)Dataset(d, baseUrl))]),
        };
        if (modified is { } at)
            catalog["dct:modified"] = Time(at);
        return catalog;
    }

    private static JsonObject Dataset(CatalogueDataset dataset, string baseUrl)
    {
        var page = baseUrl + CatalogueLinks.Dataset(dataset.Slug);
        var node = new JsonObject
        {
            ["@id"] = page,
            ["@type"] = "dcat:Dataset",
            ["dct:identifier"] = dataset.Slug,
            ["dct:title"] = French(dataset.Title),
            ["dct:description"] = French(dataset.Description),
            ["dct:publisher"] = Agent(dataset.Organisation),
            ["dct:source"] = French(dataset.Source),
            ["dcat:keyword"] = new JsonArray([.. dataset.Tags.Select(t => (JsonNode)French(t))]),
            ["dct:accrualPeriodicity"] = Id(dataset.Frequency.EuUri),
            ["dct:temporal"] = new JsonObject { ["@type"] = "dct:PeriodOfTime", ["dct:description"] = French(dataset.TemporalCoverage) },
            ["dct:spatial"] = new JsonObject { ["@type"] = "dct:Location", ["dct:description"] = French(dataset.SpatialCoverage) },
            ["dcat:landingPage"] = Id(page),
            ["dct:license"] = Id(Absolute(dataset.Licence.Url, baseUrl)),
            ["dcat:distribution"] = new JsonArray([.. dataset.Resources.Select(r => (JsonNode)Distribution(dataset, r, baseUrl))]),
        };
        if (dataset.Modified is { } modified)
            node["dct:modified"] = Time(modified);
        return node;
    }

    private static JsonObject Distribution(CatalogueDataset dataset, CatalogueResource resource, string baseUrl)
    {
        var format = ResourceFormat.Of(resource.Name);
        var url = baseUrl + CatalogueLinks.Download(dataset.Slug, resource.Name);
        return new JsonObject
        {
            ["@id"] = url,
            ["@type"] = "dcat:Distribution",
            ["dct:title"] = French(resource.Title),
            ["dct:description"] = French(resource.Description),
            ["dcat:accessURL"] = Id(baseUrl + CatalogueLinks.Dataset(dataset.Slug)),
            ["dcat:downloadURL"] = Id(url),
            ["dcat:byteSize"] = new JsonObject { ["@value"] = resource.Size.ToString(CultureInfo.InvariantCulture), ["@type"] = "xsd:nonNegativeInteger" },
            ["dct:format"] = Id(format.EuFileType),
            ["dcat:mediaType"] = Id("https://www.iana.org/assignments/media-types/" + format.BareMediaType),
            ["dct:license"] = Id(Absolute(dataset.Licence.Url, baseUrl)),
            ["dct:modified"] = Time(resource.Modified),
            ["spdx:checksum"] = new JsonObject
            {
                ["@type"] = "spdx:Checksum",
                ["spdx:algorithm"] = Id("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"),
                ["spdx:checksumValue"] = resource.Sha256,
            },
        };
    }

    private static string Absolute(string url, string baseUrl) => url.StartsWith('/') ? baseUrl + url : url;

    private static JsonObject French(string text) => new() { ["@value"] = text, ["@language"] = "fr" };

    private static JsonObject Id(string iri) => new() { ["@id"] = iri };

    private static JsonObject Agent(string name) => new() { ["@type"] = "foaf:Agent", ["foaf:name"] = name };

    private static JsonObject Time(DateTimeOffset at) => new()
    {
        ["@value"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        ["@type"] = "xsd:dateTime",
    };
}
