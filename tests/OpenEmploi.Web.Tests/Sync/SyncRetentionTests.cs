using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync;

/// <summary>Its own platform per test: pruning the change log would break other tests' cursors.</summary>
public sealed class SyncRetentionTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_cursor_older_than_the_retention_gets_410_telling_to_take_a_new_snapshot(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        await using var running = await RunningPlatform.StartAsync(location.Setting, demoOffers: 50);
        var platform = new ApiPlatform(running);
        var store = running.Services.GetRequiredService<IOffreStore>();
        var caller = await SyncMirror.NewCallerAsync(platform);
        var live = await store.StreamOffersAsync().FirstAsync();
        Assert.True(await store.DeleteAsync(live.Id));
        var head = await store.GetLastSequenceAsync();

        // Everything is older than "one minute from now"; the last entry stays (the sequence never goes back).
        var through = await store.PruneChangesAsync(TimeProvider.System.GetUtcNow().AddMinutes(1));
        Assert.Equal(head - 1, through);
        Assert.Equal(head, await store.GetLastSequenceAsync());

        using var gone = await caller.GetAsync($"{SyncMirror.Prefix}/changes?after=0");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await gone.Content.ReadAsStringAsync());
        Assert.Contains("nouvel instantané", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("/snapshot", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        // The cursor at the horizon still works, and so does a mirror starting from a new snapshot.
        var (events, fin) = await SyncMirror.ReadChangesAsync(caller, through);
        Assert.Equal("suppression", Assert.Single(events).GetProperty("type").GetString());
        Assert.True(fin.GetProperty("aJour").GetBoolean());
        var mirror = new SyncMirror(caller);
        await mirror.LoadSnapshotAsync();
        Assert.Equal(head, mirror.Cursor);
        Assert.Equal(49, mirror.Offres.Count);
        Assert.True(await mirror.PullAsync(10));
        Assert.Equal(through, await store.PruneChangesAsync(TimeProvider.System.GetUtcNow().AddMinutes(1)));
    }
}
