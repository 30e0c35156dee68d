using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Statistics;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Statistics;

public sealed class GeneratedInputsStoreTests(TestStores stores) : StoreTestBase(stores)
{
    private static readonly Lazy<GeneratorContext> Context = new(() => new GeneratorContext(ReferenceData.LoadDefault()));

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_generated_register_reads_back_from_the_store_exactly_as_generated(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location, batchSize: 5_000);
        var generated = StatisticsGenerator.Generate(Context.Value, 0.0002, 11, 2025, 2026, new DateOnly(2026, 9, 30));
        var expected = generated.ToInMemory();
        var progress = new List<StatisticsLoadProgress>();

        var added = await store.ReplaceAllAsync(generated, new SyncProgress(progress));

        Assert.Equal(new StatisticsInputCounts(expected.Episodes.Count, expected.Establishments.Count, expected.Headcounts.Count,
            expected.Hires.Count, expected.Projects.Count, expected.Offers.Count), added);
        Assert.Equal(["demandeurs", "etablissements", "effectifs", "embauches", "projets", "offres"], progress.Select(p => p.Table).Distinct());
        var quarter = (From: new DateOnly(2026, 7, 1), To: new DateOnly(2026, 9, 30));
        Assert.Equal(await expected.ReadJobSeekerEpisodesAsync(quarter.From, quarter.To).ToListAsync(), await store.ReadJobSeekerEpisodesAsync(quarter.From, quarter.To).ToListAsync());
        Assert.Equal(await expected.ReadEstablishmentsAsync().ToListAsync(), await store.ReadEstablishmentsAsync().ToListAsync());
        Assert.Equal(await expected.ReadHeadcountsAsync(2021, 2026).ToListAsync(), await store.ReadHeadcountsAsync(2021, 2026).ToListAsync());
        Assert.Equal(await expected.ReadHiresAsync(new DateOnly(2025, 10, 1), quarter.To).ToListAsync(), await store.ReadHiresAsync(new DateOnly(2025, 10, 1), quarter.To).ToListAsync());
        Assert.Equal(await expected.ReadRecruitmentProjectsAsync(2026).ToListAsync(), await store.ReadRecruitmentProjectsAsync(2026).ToListAsync());
        Assert.Equal(await expected.ReadRegisteredOffersAsync(quarter.From, quarter.To).ToListAsync(), await store.ReadRegisteredOffersAsync(quarter.From, quarter.To).ToListAsync());
        Assert.NotEmpty(await store.ReadHiresAsync(quarter.From, quarter.To).ToListAsync());
    }

    private sealed class SyncProgress(List<StatisticsLoadProgress> reports) : IProgress<StatisticsLoadProgress>
    {
        public void Report(StatisticsLoadProgress value) => reports.Add(value);
    }
}
