using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Ingestion;
using static OpenEmploi.Web.Tests.Ingestion.IngestionPlatform;

namespace OpenEmploi.Web.Tests.Ingestion;

public sealed class IngestionWorkerTests(IngestionPlatformFixture fixture) : IClassFixture<IngestionPlatformFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openemploi-feeds").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_scheduled_source_is_pulled_when_due_and_not_before(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var code = "FLUX" + PostedOffer.Unique();
        var feed = Path.Combine(_folder, code + ".json");
        await File.WriteAllTextAsync(feed, PostedOffer.Batch(PostedOffer.Json("P-1"), PostedOffer.Json("P-2")));
        await platform.Ingestion.UpsertSourceAsync(new SourceSettings(
            new Source(code, "Flux planifié", null, null), SourceSettings.Partner, true, feed, "json", 60, null));

        Assert.Equal(RoundOutcome.Ran, await platform.DrainAsync());
        var first = Assert.Single(await platform.Ingestion.ListRunsAsync(code, 10));
        Assert.Equal((ImportRunInfo.Completed, 2L), (first.Status, first.Counters.Created));

        await platform.DrainAsync();
        platform.Clock.Advance(TimeSpan.FromMinutes(59));
        await platform.DrainAsync();
        Assert.Single(await platform.Ingestion.ListRunsAsync(code, 10));

        platform.Clock.Advance(TimeSpan.FromMinutes(1));
        await platform.DrainAsync();
        var runs = await platform.Ingestion.ListRunsAsync(code, 10);
        Assert.Equal(2, runs.Count);
        Assert.Equal(2L, runs[0].Counters.Unchanged);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_worker_does_nothing_while_another_process_holds_the_import_lock(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await platform.PosterAsync();
        await using var elsewhere = IngestionStoreFactory.Open(platform.Location, TimeProvider.System);
        string lot;
        await using (var held = await LockWhenFreeAsync(elsewhere))
        {
            lot = await PostAcceptedAsync(poster, PostedOffer.Json("VERROU"));

            Assert.Equal(RoundOutcome.Locked, await platform.DrainAsync());
            Assert.Equal("en_attente", (await LotAsync(poster, lot)).GetProperty("statut").GetString());
        }

        var records = await platform.DecidedAsync(poster, lot);
        Assert.Equal("publish", records[0].GetProperty("decision").GetString());
    }

    /// <summary>
    /// The import lock, taken as another process would: the node's own worker may be in a round
    /// (woken by the calls that set the test up), so wait for it to let go.
    /// </summary>
    private static async Task<IAsyncDisposable> LockWhenFreeAsync(IIngestionStore store)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await store.TryLockImportsAsync() is { } held)
                return held;
            await Task.Delay(50);
        }
        throw new InvalidOperationException("Le verrou des imports n'a pas été libéré en 10 s.");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_engine_is_kept_between_rounds_and_reloaded_after_an_import_by_someone_else(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await platform.PosterAsync();
        await platform.DecidedAsync(poster, await PostAcceptedAsync(poster, PostedOffer.Json("M-1")));
        var loads = platform.Resident.Loads;

        await platform.DecidedAsync(poster, await PostAcceptedAsync(poster, PostedOffer.Json("M-2")));
        Assert.Equal(loads, platform.Resident.Loads);

        // `openemploi import` from another process: the lock, a fresh engine, a run.
        var code = "CLI" + PostedOffer.Unique();
        await using (var cli = IngestionStoreFactory.Open(platform.Location, TimeProvider.System))
        {
            await cli.UpsertSourceAsync(new SourceSettings(new Source(code, "Import manuel", null, null), SourceSettings.Partner, true, null, null, null, null));
            await using var session = await IngestionSession.OpenAsync(cli, ReferenceData.LoadDefault(), TimeProvider.System);
            using var feed = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(PostedOffer.Batch(PostedOffer.Json("C-1"))));
            await FeedImporter.ImportAsync(session.Engine, new ImportRequest(code, feed, FeedFormat.Json, FullFeed: true));
        }

        var records = await platform.DecidedAsync(poster, await PostAcceptedAsync(poster, PostedOffer.Json("M-3")));
        Assert.Equal("publish", records[0].GetProperty("decision").GetString());
        Assert.Equal(loads + 1, platform.Resident.Loads);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
