namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>A file's format as the catalogue names it, its media type, the EU file-type IRI and what its preview can read.</summary>
internal sealed record ResourceFormat(string Format, string MediaType, string EuFileType, PreviewKind Preview)
{
    private const string Eu = "http://publications.europa.eu/resource/authority/file-type/";

    // Longest suffix first: "offres.csv.gz" is gzip CSV, not plain CSV.
    private static readonly (string Suffix, ResourceFormat Format)[] Known =
    [
        (".csv.gz", new("csv.gz", "application/gzip", Eu + "CSV", PreviewKind.GzipCsv)),
        (".jsonl.gz", new("jsonl.gz", "application/gzip", Eu + "JSON", PreviewKind.GzipJsonLines)),
        (".csv", new("csv", "text/csv; charset=utf-8", Eu + "CSV", PreviewKind.Csv)),
        (".geojson", new("geojson", "application/geo+json", Eu + "GEOJSON", PreviewKind.JsonArray)),
        (".json", new("json", "application/json; charset=utf-8", Eu + "JSON", PreviewKind.JsonArray)),
        (".md", new("md", "text/markdown; charset=utf-8", Eu + "TXT", PreviewKind.None)),
    ];

    public static ResourceFormat Of(string fileName)
    {
        foreach (var (suffix, format) in Known)
        {
            if (fileName.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                return format;
        }
        throw new InvalidOperationException($"Format de fichier inconnu pour le catalogue : « {fileName} ».");
    }

    /// <summary>The media type without parameters, as DCAT's dcat:mediaType names it (an IANA media type).</summary>
    public string BareMediaType => MediaType.Split(';')[0];
}
