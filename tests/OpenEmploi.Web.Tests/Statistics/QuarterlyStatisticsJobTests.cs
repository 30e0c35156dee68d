using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Statistics;
using OpenEmploi.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.StatisticsJob;

namespace OpenEmploi.Web.Tests.Statistics;

/// <summary>
/// The web host's quarterly job, driven round by round (RunOnceAsync) on two nodes sharing one
/// base: the last finished quarter is computed once for the cluster, a base without inputs yet is
/// left alone and tried again, and a fourth quarter brings its year.
/// </summary>
public sealed class QuarterlyStatisticsJobTests(TestStores stores) : IClassFixture<TestStores>
{
    private static readonly Lazy<ReferenceData> Data = new(ReferenceData.LoadDefault);

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Two_nodes_compute_the_last_finished_quarter_once_then_the_next_one_with_its_year(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        // Mid-November: the third quarter is the last finished one.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 3, 0, 0, TimeSpan.Zero));
        await using var offres = OffreStoreFactory.Open(location, clock);
        await using var developers = DeveloperStore.Open(location, clock);
        var first = Job(location, offres, developers, clock, "noeud-1");
        var second = Job(location, offres, developers, clock, "noeud-2");

        // No statistical inputs yet: nothing is computed nor stored, and the quarter stays to do.
        Assert.Null(await first.RunOnceAsync());
        Assert.Empty(await ComputedAsync(location));

        await using (var inputs = StatisticsInputStoreFactory.Open(location))
            await inputs.ReplaceAllAsync(StatisticsGenerator.Generate(GeneratorContext.For(Data.Value), 0.0002, 42, 2025, 2026, new DateOnly(2026, 12, 31)));
        var run = await second.RunOnceAsync();
        var stored = await StoredAsync(location, "2026T3");

        Assert.Equal("2026T3", Assert.Single(run!).Period.Code);
        Assert.Null(await first.RunOnceAsync());
        Assert.Null(await second.RunOnceAsync());
        Assert.Equal(["2026T3"], await ComputedAsync(location));
        Assert.Equal(run![0].Cells, stored.Count);
        Assert.Contains(stored, c => c.Mask == MaskReason.Secondary);

        // The same quarter computed again (as `openemploi stats compute` would) stores the same cells.
        await StatisticsRun.RunAsync(location, offres, Data.Value, StatPeriod.OfQuarter(2026, 3), clock);
        Assert.Equal(stored, await StoredAsync(location, "2026T3"));

        // In January the fourth quarter is finished: one node computes it, and its year with it.
        clock.SetUtcNow(new DateTimeOffset(2027, 1, 4, 3, 0, 0, TimeSpan.Zero));
        var january = await first.RunOnceAsync();
        Assert.Null(await second.RunOnceAsync());
        Assert.Equal(["2026T4", "2026"], january!.Select(r => r.Period.Code));
        Assert.Equal(["2026", "2026T3", "2026T4"], (await ComputedAsync(location)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_round_leaves_inputs_whose_load_stopped_midway_alone_and_computes_once_a_load_has_finished()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 3, 0, 0, TimeSpan.Zero));
        await using var offres = OffreStoreFactory.Open(location, clock);
        await using var developers = DeveloperStore.Open(location, clock);
        var job = Job(location, offres, developers, clock, "noeud-1");
        var generated = StatisticsGenerator.Generate(GeneratorContext.For(Data.Value), 0.0002, 42, 2025, 2026, new DateOnly(2026, 12, 31));
        await using var inputs = StatisticsInputStoreFactory.Open(location);

        // The register and the establishments are in, the load dies in the hires.
        await Assert.ThrowsAsync<InvalidOperationException>(() => inputs.ReplaceAllAsync(generated with { Hires = FailingAfter(generated.Hires, 100) }));

        Assert.Null(await job.RunOnceAsync());
        Assert.Empty(await ComputedAsync(location));
        await inputs.ReplaceAllAsync(generated);
        Assert.Equal("2026T3", Assert.Single((await job.RunOnceAsync())!).Period.Code);
    }

    private static IEnumerable<T> FailingAfter<T>(IEnumerable<T> rows, int count)
    {
        foreach (var row in rows.Take(count))
            yield return row;
        throw new InvalidOperationException("génération interrompue");
    }

    private static QuarterlyStatisticsJob Job(StoreLocation location, IOffreStore offres, DeveloperStore developers, TimeProvider clock, string node) =>
        new(location, offres, Data.Value, developers.ScheduledJobs, new StatisticsJobOptions { NodeName = node }, clock,
            NullLogger<QuarterlyStatisticsJob>.Instance);

    private static async Task<List<string>> ComputedAsync(StoreLocation location)
    {
        await using var published = PublishedStatisticsStoreFactory.Open(location);
        return [.. (await published.GetComputedPeriodsAsync()).Select(p => p.Code)];
    }

    private static async Task<List<PublishedCell>> StoredAsync(StoreLocation location, string quarter)
    {
        await using var published = PublishedStatisticsStoreFactory.Open(location);
        var cells = new List<PublishedCell>();
        foreach (var indicator in new[] { "DE_1", "DE_5", "DE_SORT", "DE_TXSORT", "OFF_1", "EMB_1" })
            cells.AddRange(await published.ReadAsync(new PublishedCellQuery(indicator, PeriodKind: PeriodKind.Quarter, PeriodCodes: [quarter])).ToListAsync());
        return cells;
    }
}
