using System.Text;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>The partner feed formats (docs/ingestion-formats.md).</summary>
public enum FeedFormat
{
    /// <summary>The offers API's own document, as one JSON array or as JSON lines.</summary>
    Json,

    /// <summary>schema.org JobPosting, as job boards embed it for search engines.</summary>
    JsonLd,

    /// <summary>The common job-board XML (&lt;jobs&gt;&lt;job&gt;&lt;title&gt;…).</summary>
    Xml,

    /// <summary>CSV with the documented column set, separated by « ; » or « , ».</summary>
    Csv,
}

public static class FeedFormats
{
    /// <summary>How many bytes <see cref="Detect"/> wants to see to tell JSON from JSON-LD.</summary>
    public const int SniffLength = 4096;

    /// <summary>The name used on the command line and in source settings: json, jsonld, xml, csv.</summary>
    public static string Name(FeedFormat format) => format switch
    {
        FeedFormat.Json => "json",
        FeedFormat.JsonLd => "jsonld",
        FeedFormat.Xml => "xml",
        FeedFormat.Csv => "csv",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static bool TryParse(string? name, out FeedFormat format)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "JSON" or "JSONL" or "NDJSON": format = FeedFormat.Json; return true;
            case "JSONLD" or "JSON-LD": format = FeedFormat.JsonLd; return true;
            case "XML": format = FeedFormat.Xml; return true;
            case "CSV": format = FeedFormat.Csv; return true;
            default: format = default; return false;
        }
    }

    /// <summary>
    /// Guesses a feed's format from its file name, then from its first bytes (give at least
    /// <see cref="SniffLength"/> of them when the feed is that long). JSON and JSON-LD share their
    /// extensions in the wild, so a JSON file is JSON-LD when it mentions schema.org's vocabulary.
    /// Returns null when neither says anything.
    /// </summary>
    public static FeedFormat? Detect(string? fileName, ReadOnlySpan<byte> firstBytes)
    {
        var extension = Extension(fileName);
        switch (extension)
        {
            case ".jsonld":
                return FeedFormat.JsonLd;
            case ".xml" or ".rss":
                return FeedFormat.Xml;
            case ".csv":
                return FeedFormat.Csv;
            case ".json" or ".jsonl" or ".ndjson":
                return LooksLikeJsonLd(firstBytes) ? FeedFormat.JsonLd : FeedFormat.Json;
        }

        var content = SkipBomAndSpaces(firstBytes);
        if (content.IsEmpty)
            return null;
        return content[0] switch
        {
            (byte)'<' => FeedFormat.Xml,
            (byte)'[' or (byte)'{' => LooksLikeJsonLd(content) ? FeedFormat.JsonLd : FeedFormat.Json,
            _ => FirstLine(content).IndexOfAny((byte)';', (byte)',') >= 0 ? FeedFormat.Csv : null,
        };
    }

    private static string? Extension(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
            return null;
        // A URL's query string is no part of the file name ("flux.xml?token=…").
        var end = fileName.IndexOfAny(['?', '#']);
        var path = end >= 0 ? fileName[..end] : fileName;
        return Path.GetExtension(path).ToLowerInvariant();
    }

    private static bool LooksLikeJsonLd(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf("\"@context\""u8) >= 0 || bytes.IndexOf("JobPosting"u8) >= 0 || bytes.IndexOf("\"@type\""u8) >= 0;

    internal static ReadOnlySpan<byte> SkipBomAndSpaces(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
            bytes = bytes[3..];
        var i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            i++;
        return bytes[i..];
    }

    private static ReadOnlySpan<byte> FirstLine(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)'\n');
        return end >= 0 ? bytes[..end] : bytes;
    }
}
