using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

public sealed class StatisticsTests(TestStores stores) : StoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Statistics_count_by_status_source_and_departement(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        // Places cycle over 75, 69, 13, 33, 971: offers 0..9 give two of each.
        await store.BulkInsertAsync(TestOffres.Range(0, 10));
        await store.UpsertAsync(TestOffres.Entry(10, "JOBIJOBA", "JJ-10"));
        await store.UpsertAsync(TestOffres.Entry(11, "JOBIJOBA", "JJ-11") with { Departement = null });
        await store.DeleteAsync(TestOffres.Id(0)); // a 75

        var statistics = await store.GetStatisticsAsync();

        Assert.Equal(11, statistics.Total);
        Assert.Equal(1, statistics.Tombstones);
        Assert.Equal(await store.GetLastSequenceAsync(), statistics.LastSequence);
        Assert.Equal(13, (await ReadAllChangesAsync(store)).Count);
        Assert.Equal(new Dictionary<string, long> { ["published"] = 11 }, statistics.ByStatus);
        Assert.Equal(new Dictionary<string, long> { ["JOBIJOBA"] = 2, [Core.Offres.Sources.Plateforme] = 9 }, statistics.BySource);
        Assert.Equal(
            new Dictionary<string, long> { [StoreStatistics.Unknown] = 1, ["13"] = 2, ["33"] = 2, ["69"] = 2, ["75"] = 2, ["971"] = 2 },
            statistics.ByDepartement);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Statistics_of_an_empty_store_are_zero(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);

        var statistics = await store.GetStatisticsAsync();

        Assert.Equal((0L, 0L, 0L), (statistics.Total, statistics.Tombstones, statistics.LastSequence));
        Assert.Empty(statistics.ByStatus);
        Assert.Empty(statistics.BySource);
        Assert.Empty(statistics.ByDepartement);
    }
}
