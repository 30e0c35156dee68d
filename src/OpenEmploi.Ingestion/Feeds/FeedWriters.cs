using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Feeds.Csv;
using OpenEmploi.Ingestion.Feeds.Json;
using OpenEmploi.Ingestion.Feeds.JsonLd;
using OpenEmploi.Ingestion.Feeds.Xml;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>
/// Writes offers as a partner would send them, in one of the feed formats: test round trips and
/// benchmark feeds. Writes only what the wire document holds, plus what
/// <see cref="FeedWriterOptions.Extras"/> gives.
/// </summary>
public interface IFeedWriter
{
    FeedFormat Format { get; }

    Task WriteAsync(IAsyncEnumerable<OffreEntry> offers, Stream feed, CancellationToken ct = default);

    Task WriteAsync(IEnumerable<OffreEntry> offers, Stream feed, CancellationToken ct = default) =>
        WriteAsync(offers.ToAsyncEnumerable(), feed, ct);
}

public sealed class FeedWriterOptions
{
    public static FeedWriterOptions Default { get; } = new();

    /// <summary>JSON and JSON-LD: one document per line instead of one array.</summary>
    public bool JsonLines { get; init; }

    /// <summary>CSV: « ; » as French spreadsheets write it, or « , ».</summary>
    public char CsvSeparator { get; init; } = ';';

    /// <summary>CSV: start with a UTF-8 byte order mark, as spreadsheets do.</summary>
    public bool Utf8Bom { get; init; }

    /// <summary>
    /// What a partner feed carries and the wire document does not (the employer's SIRET, the
    /// recruiter's contact), per offer; null or a null result writes the offer without them. The
    /// wire document never holds employer contact details, so no writer invents any.
    /// </summary>
    public Func<OffreEntry, FeedExtras?>? Extras { get; init; }
}

/// <summary>An offer's data beyond its wire document, for XML, CSV and JSON-LD feeds.</summary>
public sealed record FeedExtras(string? Siret, RawContact? Contact);

public static class FeedWriters
{
    public static IFeedWriter For(FeedFormat format, FeedWriterOptions? options = null)
    {
        options ??= FeedWriterOptions.Default;
        return format switch
        {
            FeedFormat.Json => new WireJsonFeedWriter(options),
            FeedFormat.JsonLd => new JsonLdFeedWriter(options),
            FeedFormat.Xml => new XmlFeedWriter(options),
            FeedFormat.Csv => new CsvFeedWriter(options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }
}
