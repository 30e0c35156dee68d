namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>The catalogue's stable addresses: pages, downloads, the DCAT-AP export and the udata-like API.</summary>
public static class CatalogueLinks
{
    public const string Catalogue = "/donnees";
    public const string DcatExport = "/donnees/catalogue.jsonld";
    public const string Api = "/api/1/datasets";

    public static string Dataset(string slug) => $"/donnees/{slug}";

    public static string Download(string slug, string resource) => $"/donnees/{slug}/{resource}";

    public static string Preview(string slug, string resource) => $"/donnees/{slug}/apercu/{resource}";

    public static string ApiDataset(string slug) => $"{Api}/{slug}/";
}
