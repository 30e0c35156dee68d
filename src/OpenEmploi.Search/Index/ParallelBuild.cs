using System.Threading.Channels;
using OpenEmploi.Core.Offres;
using OpenEmploi.Search.Facts;

namespace OpenEmploi.Search.Index;

/// <summary>
/// The initial build: one task reads the store's stream (JSON parsing happens there), several
/// workers extract facts and index them into their own segment, and the parts are merged into
/// one base, laid out in <see cref="PlaceOrder"/>. Facts and text are dropped as soon as they are indexed.
/// </summary>
internal static class ParallelBuild
{
    public static async Task<Segment> RunAsync(
        IAsyncEnumerable<OffreEntry> entries, OffreFactsExtractor extractor, IndexContext context,
        int parallelism, long expectedCount, CancellationToken ct)
    {
        parallelism = Math.Max(1, parallelism);
        var channel = Channel.CreateBounded<OffreEntry>(new BoundedChannelOptions(8192)
        {
            SingleWriter = true,
            SingleReader = parallelism == 1,
        });
        var workers = new Task<Segment>[parallelism];
        for (var i = 0; i < parallelism; i++)
        {
            // Sized for the whole base up front: growing a million-row column by doubling holds
            // the old and new arrays at once, which is the build's memory peak.
            var capacity = (int)Math.Min(int.MaxValue / Segment.FieldCount, (expectedCount / parallelism) + 1024);
            workers[i] = Task.Run(() => IndexPartAsync(channel.Reader, extractor, context, capacity, ct), ct);
        }
        try
        {
            await foreach (var entry in entries.WithCancellation(ct))
                await channel.Writer.WriteAsync(entry, ct);
        }
        finally
        {
            channel.Writer.Complete();
        }
        var parts = await Task.WhenAll(workers);
        var segment = parts.Length == 1 ? parts[0] : SegmentMerger.Merge([.. parts.Select(p => (p, (ulong[]?)null))]);
        // This async method's locals live as long as its task: let the parts go before reordering.
        Array.Clear(parts);
        Array.Clear(workers);
        return PlaceOrder.Apply(segment);
    }

    private static async Task<Segment> IndexPartAsync(
        ChannelReader<OffreEntry> reader, OffreFactsExtractor extractor, IndexContext context, int capacity, CancellationToken ct)
    {
        var builder = new OffreIndexBuilder(context, capacity);
        while (await reader.WaitToReadAsync(ct))
        {
            while (reader.TryRead(out var entry))
                builder.Add(extractor.Extract(entry));
        }
        return builder.BuildSegment();
    }
}
