using OpenEmploi.Storage.Developers;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Developers;

/// <summary>The daily jobs' lease (schema 8): one node per day, a failed run retried, a dead node's lease taken over.</summary>
public sealed class ScheduledJobLeaseTests(TestStores stores) : StoreTestBase(stores)
{
    private const string Job = "essai.quotidien";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task One_node_takes_a_day_and_the_day_is_not_run_again(StoreKind kind)
    {
        var (offers, location) = await OpenWithLocationAsync(kind);
        await using var _ = offers;
        await using var nodeA = DeveloperStore.Open(location, Time);
        await using var nodeB = DeveloperStore.Open(location, Time);

        var starts = await Task.WhenAll(
            nodeA.ScheduledJobs.TryStartAsync(Job, "2026-03-02", "a", TimeSpan.FromMinutes(30)),
            nodeB.ScheduledJobs.TryStartAsync(Job, "2026-03-02", "b", TimeSpan.FromMinutes(30)));
        Assert.Single(starts, started => started);
        var winner = starts[0] ? "a" : "b";
        var winnerStore = starts[0] ? nodeA : nodeB;
        Assert.Null(await nodeA.ScheduledJobs.GetLastRunAsync(Job));

        await winnerStore.ScheduledJobs.FinishAsync(Job, "2026-03-02", winner);

        Assert.Equal(("2026-03-02", StoreTestBase.Start), (await nodeB.ScheduledJobs.GetLastRunAsync(Job))!.Value);
        Assert.False(await nodeA.ScheduledJobs.TryStartAsync(Job, "2026-03-02", "a", TimeSpan.FromMinutes(30)));
        Assert.False(await nodeB.ScheduledJobs.TryStartAsync(Job, "2026-03-02", "b", TimeSpan.FromMinutes(30)));
        Assert.True(await nodeB.ScheduledJobs.TryStartAsync(Job, "2026-03-03", "b", TimeSpan.FromMinutes(30)));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_abandoned_run_is_retried_and_a_dead_nodes_lease_is_taken_over_once_it_ran_out(StoreKind kind)
    {
        var (offers, location) = await OpenWithLocationAsync(kind);
        await using var _ = offers;
        await using var developers = DeveloperStore.Open(location, Time);
        var jobs = developers.ScheduledJobs;

        Assert.True(await jobs.TryStartAsync(Job, "2026-03-02", "a", TimeSpan.FromMinutes(30)));
        await jobs.AbandonAsync(Job, "a");
        Assert.True(await jobs.TryStartAsync(Job, "2026-03-02", "a", TimeSpan.FromMinutes(30)));

        // Node a dies holding the lease: b waits for it to run out.
        Assert.False(await jobs.TryStartAsync(Job, "2026-03-02", "b", TimeSpan.FromMinutes(30)));
        Time.Advance(TimeSpan.FromMinutes(30));
        Assert.True(await jobs.TryStartAsync(Job, "2026-03-02", "b", TimeSpan.FromMinutes(30)));
        // a's late finish is not recorded: the lease is b's.
        await jobs.FinishAsync(Job, "2026-03-02", "a");
        Assert.Null(await jobs.GetLastRunAsync(Job));
        await jobs.FinishAsync(Job, "2026-03-02", "b");
        Assert.Equal("2026-03-02", (await jobs.GetLastRunAsync(Job))!.Value.Day);
    }
}
