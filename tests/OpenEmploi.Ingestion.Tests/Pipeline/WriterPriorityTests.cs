using System.Collections.Concurrent;
using System.Globalization;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Ingestion.Tests.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// The import's writer yields the cores to the decisions (docs/ingestion.md, "Throughput"): its
/// commits run on threads of lower priority, and what they store is what the thread pool's writer stored.
/// </summary>
public sealed class WriterPriorityTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_writer_commits_at_a_lower_priority_and_stores_what_the_thread_pool_writer_stored(StoreKind kind)
    {
        // Thread priorities are lowered and read on Linux only (the platform the project runs on).
        if (!OperatingSystem.IsLinux())
            return;
        var feed = await FeedSamples.WriteAsync(FeedFormat.Json, FeedSamples.Entries.Take(40).ToList(), FeedSamples.WithExtras());

        async Task<(List<(string Id, string Json)> Published, List<string> Report, int[] Nices)> RunAsync(bool yieldToDecisions)
        {
            await using var db = await PipelineBase.CreateAsync(stores, kind);
            await db.Offers.UpsertSourcesAsync(FeedSamples.Generator.Partenaires);
            // The after-commit hook runs on the writer's thread, after each commit.
            var nices = new ConcurrentQueue<int>();
            var options = new IngestionOptions
            {
                BatchSize = 5,
                YieldToDecisions = yieldToDecisions,
                AfterBatch = (_, _) =>
                {
                    nices.Enqueue(CurrentThreadNice());
                    return Task.CompletedTask;
                },
            };
            var (result, report) = await db.ImportAsync(FeedFormat.Json, feed, options: options);
            Assert.True(result.Counters.Created > 10, $"{result.Counters.Created} offres créées");
            return (await db.PublishedAsync(), report, nices.ToArray());
        }

        var pool = await RunAsync(yieldToDecisions: false);
        var yielding = await RunAsync(yieldToDecisions: true);
        Assert.NotEmpty(pool.Nices);
        Assert.All(pool.Nices, nice => Assert.Equal(0, nice));
        Assert.NotEmpty(yielding.Nices);
        Assert.All(yielding.Nices, nice => Assert.Equal(BackgroundPriority.Nice, nice));
        Assert.Equal(pool.Report, yielding.Report);
        Assert.Equal(pool.Published, yielding.Published);
    }

    // Field 19 of /proc/thread-self/stat, counted after the command name (which may hold spaces).
    private static int CurrentThreadNice()
    {
        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return int.Parse(fields[16], CultureInfo.InvariantCulture);
    }
}
