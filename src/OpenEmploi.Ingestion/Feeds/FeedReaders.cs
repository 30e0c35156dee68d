using OpenEmploi.Ingestion.Feeds.Csv;
using OpenEmploi.Ingestion.Feeds.Json;
using OpenEmploi.Ingestion.Feeds.JsonLd;
using OpenEmploi.Ingestion.Feeds.Xml;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>
/// Reads one partner feed as a stream, one record at a time: memory stays constant in the number
/// of records, whatever the feed's size. A broken record becomes a <see cref="FeedError"/> and
/// reading goes on; the reader throws only for I/O errors and cancellation. A feed that is not in
/// the format at all yields one error for record 0 and ends.
/// </summary>
public interface IFeedReader
{
    FeedFormat Format { get; }

    IAsyncEnumerable<FeedItem> ReadAsync(Stream feed, CancellationToken ct = default);
}

public static class FeedReaders
{
    private static readonly IFeedReader Json = new WireJsonFeedReader();
    private static readonly IFeedReader JsonLd = new JsonLdFeedReader();
    private static readonly IFeedReader Xml = new XmlFeedReader();
    private static readonly IFeedReader Csv = new CsvFeedReader();

    /// <summary>The reader of a format; readers hold no state between feeds and are shared.</summary>
    public static IFeedReader For(FeedFormat format) => format switch
    {
        FeedFormat.Json => Json,
        FeedFormat.JsonLd => JsonLd,
        FeedFormat.Xml => Xml,
        FeedFormat.Csv => Csv,
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
