namespace OpenEmploi.OpenData.Publishing;

/// <summary>The files of every export, as named in its folder and in the download URLs.</summary>
public static class ExportFileNames
{
    public const string Csv = "offres.csv.gz";
    public const string JsonLines = "offres.jsonl.gz";
    public const string Dictionary = "dictionnaire.json";
    public const string Methodology = "methodologie.md";
    public const string Checksums = "SHA256SUMS";

    /// <summary>The files a client may download, with their content types.</summary>
    public static IReadOnlyDictionary<string, string> ContentTypes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Csv] = "application/gzip",
        [JsonLines] = "application/gzip",
        [Dictionary] = "application/json; charset=utf-8",
        [Methodology] = "text/markdown; charset=utf-8",
        [Checksums] = "text/plain; charset=utf-8",
        [ExportManifest.FileName] = "application/json; charset=utf-8",
    };
}
