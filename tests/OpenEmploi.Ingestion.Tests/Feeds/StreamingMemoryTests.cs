using System.IO.Pipelines;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Records;
using Xunit.Abstractions;

namespace OpenEmploi.Ingestion.Tests.Feeds;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasureCollection
{
    public const string Name = "feeds-memory";
}

/// <summary>
/// A feed far larger than the bound (200,000 offers are about 600 MB of JSON), written by a
/// producer into a pipe and read through a non-seekable stream while the managed heap in use is
/// sampled: reading must hold one record at a time, not the feed. Alone in its collection, so
/// that no other test's allocations are counted.
/// </summary>
[Collection(MemoryMeasureCollection.Name)]
public sealed class StreamingMemoryTests(ITestOutputHelper output)
{
    private const int Records = 200_000;
    private const long Bound = 50L << 20;

    [Theory]
    [InlineData(FeedFormat.Json, false)]
    [InlineData(FeedFormat.Json, true)]
    [InlineData(FeedFormat.JsonLd, false)]
    [InlineData(FeedFormat.Xml, false)]
    [InlineData(FeedFormat.Csv, false)]
    public async Task A_large_feed_is_read_in_constant_memory(FeedFormat format, bool jsonLines)
    {
        var sample = FeedSamples.Entries.Take(500).ToArray();
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 20, resumeWriterThreshold: 1 << 19));
        var writing = Task.Run(async () =>
        {
            await using var feed = pipe.Writer.AsStream();
            await FeedWriters.For(format, new FeedWriterOptions { JsonLines = jsonLines }).WriteAsync(Cycle(sample, Records), feed);
        });

        long count = 0;
        long baseline = 0;
        long highest = 0;
        await using (var input = pipe.Reader.AsStream())
        {
            Assert.False(input.CanSeek);
            await foreach (var item in FeedReaders.For(format).ReadAsync(input))
            {
                Assert.IsType<RawOfferItem>(item);
                if (++count % 10_000 != 0)
                    continue;
                var inUse = GC.GetTotalMemory(forceFullCollection: true);
                if (count == 10_000)
                    baseline = inUse;
                highest = Math.Max(highest, inUse);
            }
        }
        await writing;
        output.WriteLine($"{format}: {count} enregistrements, tas géré en usage +{(highest - baseline) / 1024} Ko au plus");
        Assert.Equal(Records, count);
        Assert.True(highest - baseline < Bound, $"{format}: {(highest - baseline) >> 20} Mo de plus après {count} enregistrements");
    }

    private static async IAsyncEnumerable<OffreEntry> Cycle(OffreEntry[] sample, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % 1_000 == 0)
                await Task.Yield();
            yield return sample[i % sample.Length];
        }
    }
}
