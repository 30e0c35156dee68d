using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync.Mirror;

/// <summary>Its own platform per test: pruning the change log would break other tests' cursors.</summary>
public sealed class MirrorRetentionTests(TestStores stores) : IClassFixture<TestStores>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openemploi-mirror-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_mirror_whose_cursor_was_pruned_takes_a_new_snapshot_and_ends_exact(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        await using var running = await RunningPlatform.StartAsync(location.Setting, demoOffers: 60);
        var platform = new ApiPlatform(running);
        var store = running.Services.GetRequiredService<IOffreStore>();
        var run = await MirrorRun.CreateAsync(platform, _folder);
        var first = await run.RunAsync();

        // Two deletions, then everything but the last entry pruned: the mirror's cursor is behind the horizon.
        var doomed = await store.StreamOffersAsync().Take(2).ToListAsync();
        foreach (var offer in doomed)
            Assert.True(await store.DeleteAsync(offer.Id));
        var through = await store.PruneChangesAsync(TimeProvider.System.GetUtcNow().AddMinutes(1));
        Assert.True(through > first.Cursor);

        await MirrorChecks.AssertExactAsync(platform, run);
        Assert.Equal(2, run.Snapshots.Count);
        Assert.Contains("410", run.Snapshots[1], StringComparison.Ordinal);
        var (_, offres) = await run.ReadAsync();
        Assert.DoesNotContain(doomed, offer => offres.ContainsKey(offer.Id));
    }

    [PostgresFact]
    public async Task A_mirror_into_postgresql_works_the_same()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        await using var running = await RunningPlatform.StartAsync(location.Setting, demoOffers: 60);
        var platform = new ApiPlatform(running);
        var store = running.Services.GetRequiredService<IOffreStore>();
        var run = await MirrorRun.CreateAsync(platform, _folder, into: await stores.CreateLocationAsync(StoreKind.Postgres));
        await run.RunAsync();
        var doomed = await store.StreamOffersAsync().FirstAsync();
        Assert.True(await store.DeleteAsync(doomed.Id));
        Assert.Equal(ChangeKind.Updated, await store.UpsertAsync(await store.StreamOffersAsync().Skip(5).FirstAsync()));

        await MirrorChecks.AssertExactAsync(platform, run);
        Assert.Single(run.Snapshots);
        Assert.DoesNotContain(doomed.Id, (await run.ReadAsync()).Offres.Keys);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
