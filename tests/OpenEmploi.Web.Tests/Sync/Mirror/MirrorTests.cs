using OpenEmploi.Mirror;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync.Mirror;

/// <summary>
/// The reference mirror (src/OpenEmploi.Mirror) against the real platform while offers are
/// created, updated, moved and deleted: once caught up it holds exactly the live base, as the API
/// publishes it, whatever happened to it on the way (kills, cut responses, 503, 429).
/// </summary>
public sealed class MirrorTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("openemploi-mirror-").FullName;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Caught_up_mirrors_equal_the_live_base_while_writes_run(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var departement = await MirrorChecks.BusiestDepartementAsync(platform.Offres);
        var whole = await MirrorRun.CreateAsync(platform, _folder);
        var filtered = await MirrorRun.CreateAsync(platform, _folder, new MirrorFilter([departement], [], []));

        await using var writer = new RandomWriter(platform, seed: 8_101, departement);
        await writer.StartAsync();
        for (var round = 0; round < 3; round++)
        {
            await writer.WaitForAsync(60);
            // Runs while writes go on: each ends caught up with the head it saw, which has moved since.
            await whole.RunAsync();
            await filtered.RunAsync();
        }
        await writer.WaitForEveryKindAsync();
        await whole.RunAsync();
        await filtered.RunAsync();
        await using (await writer.PauseAsync())
        {
            await MirrorChecks.AssertExactAsync(platform, whole);
            await MirrorChecks.AssertExactAsync(platform, filtered, departement);
        }
        await writer.StopAsync();
        Assert.True(writer.Deleted > 0 && writer.MovedOut > 0 && writer.Created > 0 && writer.Updated > 0, writer.ToString());
        Assert.Single(whole.Snapshots);
        Assert.Single(filtered.Snapshots);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_mirror_killed_at_random_points_then_run_again_is_exact(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var departement = await MirrorChecks.BusiestDepartementAsync(platform.Offres);
        var run = await MirrorRun.CreateAsync(platform, _folder, new MirrorFilter([], [], []));
        var random = new Random(8_102);
        await using var writer = new RandomWriter(platform, seed: 8_103, departement);
        await writer.StartAsync();

        // First kill inside the snapshot (the demo base has 2,000 offers): nothing of it may stay.
        var kills = 0;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            using var kill = new CancellationTokenSource();
            run.Handler.KillAfter(attempt == 0 ? 700 : random.Next(1, 80), kill);
            try
            {
                await run.RunAsync(ct: kill.Token);
            }
            catch (OperationCanceledException)
            {
                kills++;
            }
            run.Handler.Spare();
            if (attempt == 0)
                Assert.Null((await run.ReadAsync()).State.Cursor);
            await writer.WaitForAsync(100);
        }
        Assert.True(kills >= 4, $"{kills} kills only");

        await using (await writer.PauseAsync())
            await MirrorChecks.AssertExactAsync(platform, run);
        // Killed or not, it never had to start again for another reason than an empty mirror.
        Assert.All(run.Snapshots, reason => Assert.Contains("vide", reason, StringComparison.Ordinal));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Cut_responses_503_and_429_are_retried_and_the_mirror_ends_exact(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var run = await MirrorRun.CreateAsync(platform, _folder);
        // Call 1: the snapshot, cut after its first line; call 2: 503; call 3: the snapshot again;
        // then a 429 and a cut page among the changes.
        run.Handler.Cut.UnionWith([1, 5]);
        run.Handler.Unavailable.Add(2);
        run.Handler.OverQuota.Add(4);
        var departement = await MirrorChecks.BusiestDepartementAsync(platform.Offres);
        await using var writer = new RandomWriter(platform, seed: 8_104, departement);
        await writer.StartAsync();
        await writer.WaitForAsync(30);
        await run.RunAsync(pageSize: 5);
        await writer.WaitForAsync(60);
        await using (await writer.PauseAsync())
            await MirrorChecks.AssertExactAsync(platform, run);
        Assert.True(run.Handler.FeedCalls >= 6, $"{run.Handler.FeedCalls} calls");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_token_is_renewed_before_it_expires(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var run = await MirrorRun.CreateAsync(platform, _folder);
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var http = new HttpClient(run.Handler, disposeHandler: false);
        var mirror = run.CreateMirror(http, clock);
        await mirror.RunAsync(CancellationToken.None);
        Assert.Equal(1, run.Handler.TokenRequests);
        // The platform's tokens last 1,499 s; the mirror renews a minute before the end, not sooner.
        clock.Advance(TimeSpan.FromSeconds(1_499 - 90));
        await mirror.RunAsync(CancellationToken.None);
        Assert.Equal(1, run.Handler.TokenRequests);
        clock.Advance(TimeSpan.FromSeconds(45));
        await mirror.RunAsync(CancellationToken.None);
        Assert.Equal(2, run.Handler.TokenRequests);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
