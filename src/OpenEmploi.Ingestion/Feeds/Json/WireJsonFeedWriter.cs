using System.Text.Json;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Feeds.Json;

/// <summary>
/// Offers as the offers API serves them: one array with an offer per line (so that line numbers
/// in error messages point at an offer), or JSON lines.
/// </summary>
internal sealed class WireJsonFeedWriter(FeedWriterOptions options) : IFeedWriter
{
    public FeedFormat Format => FeedFormat.Json;

    public async Task WriteAsync(IAsyncEnumerable<OffreEntry> offers, Stream feed, CancellationToken ct = default)
    {
        var output = new FeedOutput(feed);
        using var json = new Utf8JsonWriter(output.Buffer, new JsonWriterOptions { Encoder = OffreJson.Options.Encoder, SkipValidation = true });
        var first = true;
        if (!options.JsonLines)
            output.Write("["u8);
        await foreach (var entry in offers.WithCancellation(ct).ConfigureAwait(false))
        {
            if (!options.JsonLines)
                output.Write(first ? "\n"u8 : ",\n"u8);
            first = false;
            json.Reset(output.Buffer);
            OffreJson.Serialize(json, entry.Offre);
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
