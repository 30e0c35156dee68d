using System.Text.Json;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Feeds.JsonLd;

/// <summary>
/// Offers as schema.org JobPostings, the way job boards publish them for search engines: HTML
/// descriptions, Google's employment types, pay as a MonetaryAmount read from the wire's libellé.
/// A JSON array with one posting per line, or JSON lines.
/// </summary>
internal sealed class JsonLdFeedWriter(FeedWriterOptions options) : IFeedWriter
{
    public FeedFormat Format => FeedFormat.JsonLd;

    public async Task WriteAsync(IAsyncEnumerable<OffreEntry> offers, Stream feed, CancellationToken ct = default)
    {
        var output = new FeedOutput(feed);
        using var json = new Utf8JsonWriter(output.Buffer, new JsonWriterOptions { Encoder = OffreJson.Options.Encoder });
        var first = true;
        if (!options.JsonLines)
            output.Write("["u8);
        await foreach (var entry in offers.WithCancellation(ct).ConfigureAwait(false))
        {
            if (!options.JsonLines)
                output.Write(first ? "\n"u8 : ",\n"u8);
            first = false;
            json.Reset(output.Buffer);
            JobPostingWriter.Write(json, entry, options.Extras?.Invoke(entry));
            json.Flush();
            if (options.JsonLines)
                output.Write("\n"u8);
            await output.FlushIfFullAsync(ct).ConfigureAwait(false);
        }
        if (!options.JsonLines)
            output.Write("\n]\n"u8);
        await output.FlushAsync(ct).ConfigureAwait(false);
    }
}
