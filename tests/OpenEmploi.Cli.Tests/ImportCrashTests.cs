using Microsoft.Data.Sqlite;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;
using Xunit.Abstractions;

namespace OpenEmploi.Cli.Tests;

/// <summary>
/// `openemploi import` killed for real (SIGKILL of its process, as a crash, a reboot or an OOM
/// killer ends it) once some batches are committed: the base stays consistent (every live record
/// points at a stored offer and every offer has a live record), the import lock goes with the
/// process, the run shows as interrupted, and the rerun ends with exactly what one uninterrupted
/// import gives, taking the committed records as unchanged.
/// </summary>
public sealed class ImportCrashTests(TestStores stores, ITestOutputHelper output) : IClassFixture<TestStores>, IDisposable
{
    private const string Source = "JOBSREGION";
    private const int FeedOffers = 6_000;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly string _folder = Directory.CreateTempSubdirectory("openemploi-import-kill-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_import_process_killed_mid_run_leaves_a_consistent_base_and_its_rerun_ends_as_an_uninterrupted_import(StoreKind kind)
    {
        var feed = await WriteFeedAsync();
        var reference = await stores.CreateMigratedLocationAsync(kind);
        var crashed = await stores.CreateMigratedLocationAsync(kind);
        foreach (var location in (StoreLocation[])[reference, crashed])
        {
            var added = await CliRun.InvokeAsync("sources", "add", Source, "--name", "JobsRégion", "--consent", "--store", location.Setting);
            Assert.True(added.ExitCode == 0, added.Output);
        }
        // The reference runs in its own process too, so that both bases are written on the same clock.
        await RunToEndAsync("import", feed, "--source", Source, "--store", reference.Setting);

        using (var process = CliProcess.Start(_folder, new Dictionary<string, string>(), "import", feed, "--source", Source, "--store", crashed.Setting))
        {
            await WaitForACommittedBatchAsync(crashed, process);
            await process.KillAsync();
        }
        var killed = (await RunsAsync(crashed))[0];
        output.WriteLine($"killed after {killed.Counters.Read} of {FeedOffers} records");
        Assert.Equal(ImportRunInfo.Running, killed.Status);
        Assert.InRange(killed.Counters.Read, 1, FeedOffers - 1);
        await AssertConsistentAsync(crashed);

        await RunToEndAsync("import", feed, "--source", Source, "--store", crashed.Setting);

        var runs = await RunsAsync(crashed);
        Assert.Equal((ImportRunInfo.Completed, ImportRunInfo.Interrupted), (runs[0].Status, runs[1].Status));
        Assert.Equal(killed.Counters.Read, runs[0].Counters.Unchanged);
        Assert.Equal(FeedOffers, runs[0].Counters.Read);
        await AssertConsistentAsync(crashed);
        var expected = await PublishedAsync(reference);
        Assert.True(expected.Count > FeedOffers / 2);
        Assert.Equal(expected, await PublishedAsync(crashed));
    }

    private async Task<string> WriteFeedAsync()
    {
        var generator = new OffreGenerator(ReferenceData.LoadDefault(), new OffreGeneratorOptions { Seed = 11, Now = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc) });
        var path = Path.Combine(_folder, "flux.json");
        await using var file = File.Create(path);
        await FeedWriters.For(FeedFormat.Json).WriteAsync(generator.Generate(0, FeedOffers), file);
        return path;
    }

    /// <summary>Polls the base until the run has committed its first batch (its counters are written with each).</summary>
    private static async Task WaitForACommittedBatchAsync(StoreLocation location, CliProcess process)
    {
        var deadline = TimeProvider.System.GetUtcNow() + Patience;
        while (TimeProvider.System.GetUtcNow() < deadline)
        {
            var runs = await RunsAsync(location);
            if (runs is [{ Status: ImportRunInfo.Running, Counters.Read: > 0 }, ..])
                return;
            if (runs is [{ Status: not ImportRunInfo.Running }, ..])
                throw new InvalidOperationException($"L'import s'est terminé avant d'être tué : augmenter FeedOffers. Sortie :\n{process.Output}");
            await Task.Delay(20);
        }
        throw new TimeoutException($"Aucun lot validé en {Patience.TotalSeconds} s. Sortie :\n{process.Output}");
    }

    private async Task RunToEndAsync(params string[] args)
    {
        using var process = CliProcess.Start(_folder, new Dictionary<string, string>(), args);
        var exit = await process.WaitForExitAsync(Patience);
        Assert.True(exit == 0, process.Output);
    }

    private static async Task<IReadOnlyList<ImportRunInfo>> RunsAsync(StoreLocation location)
    {
        await using var ingestion = IngestionStoreFactory.Open(location, TimeProvider.System);
        return await ingestion.ListRunsAsync(Source, 5);
    }

    private static async Task<List<(string Id, string Json)>> PublishedAsync(StoreLocation location)
    {
        await using var offres = OffreStoreFactory.Open(location, TimeProvider.System);
        var published = new List<(string, string)>();
        await foreach (var entry in offres.StreamOffersAsync())
            published.Add((entry.Id, OffreJson.Serialize(entry.Offre)));
        published.Sort();
        return published;
    }

    /// <summary>Every live ingested record points at a stored offer, and every stored offer has a live record.</summary>
    private static async Task AssertConsistentAsync(StoreLocation location)
    {
        var published = (await PublishedAsync(location)).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var pointed = new HashSet<string>(StringComparer.Ordinal);
        await using var ingestion = IngestionStoreFactory.Open(location, TimeProvider.System);
        await foreach (var row in ingestion.StreamRowsAsync())
        {
            if (!IngestionStatus.IsLive(row.Status))
                continue;
            Assert.Contains(row.PublishedId!, published);
            pointed.Add(row.PublishedId!);
        }
        Assert.Equal(published.Order(StringComparer.Ordinal), pointed.Order(StringComparer.Ordinal));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
