using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Statistics;

public sealed class PublishedStatisticsStoreTests(TestStores stores) : StoreTestBase(stores)
{
    private static PublishedCell Cell(
        string period, TerritoryLevel level, string territory, double? value, MaskReason? mask = null,
        string characteristic = "", string code = "", string indicator = "DE_1", string activityType = "CUMUL", string activity = "CUMUL") =>
        new(indicator, level, territory, activityType, activity, "CATCAND", "ABC", characteristic, code,
            PeriodKind.Quarter, period, value, value is null ? null : 12.5, mask);

    private async Task<(IOffreStore Offers, IPublishedStatisticsStore Statistics)> OpenStoresAsync(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        return (store, PublishedStatisticsStoreFactory.Open(location));
    }

    private static async Task<List<PublishedCell>> ReadAsync(IPublishedStatistics store, PublishedCellQuery query)
    {
        var cells = new List<PublishedCell>();
        await foreach (var cell in store.ReadAsync(query))
            cells.Add(cell);
        return cells;
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Published_and_masked_cells_come_back_as_written_masked_ones_without_any_value(StoreKind kind)
    {
        var (offers, statistics) = await OpenStoresAsync(kind);
        await using var _ = offers;
        await using var __ = statistics;
        PublishedCell[] cells =
        [
            Cell("2026T3", TerritoryLevel.Nation, "FR", 5_012_345.0),
            Cell("2026T3", TerritoryLevel.Departement, "69", 123_456.0),
            Cell("2026T3", TerritoryLevel.Departement, "69", null, MaskReason.SmallCount, "SEXE", "F"),
            Cell("2026T3", TerritoryLevel.Departement, "69", null, MaskReason.Secondary, "SEXE", "H"),
            Cell("2026T3", TerritoryLevel.Commune, "69123", null, MaskReason.SmallDenominator),
        ];

        var written = await statistics.ReplacePeriodAsync(PeriodKind.Quarter, "2026T3", cells.ToAsyncEnumerable(), Start);

        Assert.Equal(5, written);
        var all = await ReadAsync(statistics, new PublishedCellQuery("DE_1"));
        Assert.Equal(cells.OrderBy(c => c.TerritoryLevel).ThenBy(c => c.CharacteristicType, StringComparer.Ordinal)
            .ThenBy(c => c.CharacteristicCode, StringComparer.Ordinal), all);
        var masked = all.Where(c => c.IsMasked).ToList();
        Assert.Equal(3, masked.Count);
        Assert.All(masked, c => Assert.True(c.Value is null && c.Percentage is null));
        Assert.Equal([new ComputedPeriod(PeriodKind.Quarter, "2026T3", Start, 5)], await statistics.GetComputedPeriodsAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Every_column_is_stored_when_only_it_differs_from_the_previous_cell_and_when_it_comes_back(StoreKind kind)
    {
        // SQLite binds only the columns that changed since the previous cell: each column here
        // changes alone, then returns to an earlier value (an empty characteristic after a code,
        // a value after a mask, no percentage after one).
        var (offers, statistics) = await OpenStoresAsync(kind);
        await using var _ = offers;
        await using var __ = statistics;
        var first = Cell("2026T3", TerritoryLevel.Departement, "69", 100.0);
        PublishedCell[] cells =
        [
            first,
            first with { CharacteristicType = "SEXE", CharacteristicCode = "F", Value = 40.0, Percentage = 40.0 },
            first with { CharacteristicType = "SEXE", CharacteristicCode = "H", Value = null, Percentage = null, Mask = MaskReason.Secondary },
            first with { NomenclatureCode = "ABD" },
            first with { NomenclatureCode = "ABD", CharacteristicType = "SEXE", CharacteristicCode = "F", Value = 7.0, Percentage = null },
            first with { Nomenclature = "CATCANE" },
            first with { ActivityType = "DOMAINE", ActivityCode = "M1" },
            first with { ActivityType = "DOMAINE", ActivityCode = "M2", Value = null, Percentage = null, Mask = MaskReason.SmallCount },
            first with { ActivityType = "DOMAINE", ActivityCode = "M3" },
            first with { TerritoryCode = "70" },
            first with { TerritoryLevel = TerritoryLevel.Epci, TerritoryCode = "70" },
            first with { Indicator = "DE_5" },
        ];

        await statistics.ReplacePeriodAsync(PeriodKind.Quarter, "2026T3", cells.ToAsyncEnumerable(), Start);

        var stored = new List<PublishedCell>();
        foreach (var indicator in new[] { "DE_1", "DE_5" })
            stored.AddRange(await ReadAsync(statistics, new PublishedCellQuery(indicator)));
        Assert.Equal(cells.ToHashSet(), stored.ToHashSet());
        Assert.Equal(cells.Length, stored.Count);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Reads_filter_by_indicator_territory_activity_nomenclature_and_periods(StoreKind kind)
    {
        var (offers, statistics) = await OpenStoresAsync(kind);
        await using var _ = offers;
        await using var __ = statistics;
        foreach (var period in new[] { "2026T1", "2026T2", "2026T3" })
        {
            PublishedCell[] cells =
            [
                Cell(period, TerritoryLevel.Departement, "69", 100),
                Cell(period, TerritoryLevel.Departement, "38", 200),
                Cell(period, TerritoryLevel.Departement, "69", 30, activityType: "ROME", activity: "M1805"),
                Cell(period, TerritoryLevel.Departement, "69", 40, indicator: "OFF_1"),
            ];
            await statistics.ReplacePeriodAsync(PeriodKind.Quarter, period, cells.ToAsyncEnumerable(), Start);
        }

        var rhone = await ReadAsync(statistics, new PublishedCellQuery(
            "DE_1", TerritoryLevel.Departement, "69", "CUMUL", "CUMUL", "CATCAND", PeriodKind.Quarter, ["2026T1", "2026T3"]));
        Assert.Equal([("2026T1", 100.0), ("2026T3", 100.0)], rhone.Select(c => (c.PeriodCode, c.Value!.Value)));
        var rome = await ReadAsync(statistics, new PublishedCellQuery("DE_1", ActivityType: "ROME"));
        Assert.Equal(3, rome.Count);
        Assert.All(rome, c => Assert.Equal("M1805", c.ActivityCode));
        Assert.Equal(3, (await ReadAsync(statistics, new PublishedCellQuery("OFF_1"))).Count);
        Assert.Empty(await ReadAsync(statistics, new PublishedCellQuery("DE_1", PeriodCodes: [])));
        Assert.Equal(["2026T3", "2026T2", "2026T1"], (await statistics.GetComputedPeriodsAsync()).Select(p => p.Code));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Recomputing_a_period_replaces_its_cells_only_and_a_failed_run_leaves_the_previous_one(StoreKind kind)
    {
        var (offers, statistics) = await OpenStoresAsync(kind);
        await using var _ = offers;
        await using var __ = statistics;
        await statistics.ReplacePeriodAsync(PeriodKind.Quarter, "2026T2",
            new[] { Cell("2026T2", TerritoryLevel.Nation, "FR", 1) }.ToAsyncEnumerable(), Start);
        await statistics.ReplacePeriodAsync(PeriodKind.Quarter, "2026T3",
            new[] { Cell("2026T3", TerritoryLevel.Nation, "FR", 2), Cell("2026T3", TerritoryLevel.Region, "84", 3) }.ToAsyncEnumerable(), Start);

        var later = Start.AddHours(1);
        await statistics.ReplacePeriodAsync(PeriodKind.Quarter, "2026T3",
            new[] { Cell("2026T3", TerritoryLevel.Nation, "FR", 4) }.ToAsyncEnumerable(), later);

        Assert.Equal([("2026T2", 1.0), ("2026T3", 4.0)],
            (await ReadAsync(statistics, new PublishedCellQuery("DE_1"))).Select(c => (c.PeriodCode, c.Value!.Value)).Order());
        Assert.Contains(new ComputedPeriod(PeriodKind.Quarter, "2026T3", later, 1), await statistics.GetComputedPeriodsAsync());

        // A masked cell carrying a figure is refused midway: nothing of the new run is kept.
        var bad = new[]
        {
            Cell("2026T3", TerritoryLevel.Nation, "FR", 5),
            Cell("2026T3", TerritoryLevel.Region, "84", 6) with { Mask = MaskReason.SmallCount },
        };
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            statistics.ReplacePeriodAsync(PeriodKind.Quarter, "2026T3", bad.ToAsyncEnumerable(), later.AddHours(1)));
        Assert.Contains("n° 1", error.Message, StringComparison.Ordinal);
        var wrongPeriod = new[] { Cell("2026T2", TerritoryLevel.Nation, "FR", 5) };
        await Assert.ThrowsAsync<ArgumentException>(() =>
            statistics.ReplacePeriodAsync(PeriodKind.Quarter, "2026T3", wrongPeriod.ToAsyncEnumerable(), later.AddHours(1)));
        Assert.Equal([("2026T2", 1.0), ("2026T3", 4.0)],
            (await ReadAsync(statistics, new PublishedCellQuery("DE_1"))).Select(c => (c.PeriodCode, c.Value!.Value)).Order());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_large_period_streams_in_and_reads_back_by_territory(StoreKind kind)
    {
        var (offers, statistics) = await OpenStoresAsync(kind);
        await using var _ = offers;
        await using var __ = statistics;
        static async IAsyncEnumerable<PublishedCell> Many()
        {
            for (var commune = 0; commune < 5_000; commune++)
            {
                foreach (var sex in new[] { "F", "H" })
                    yield return Cell("2026T3", TerritoryLevel.Commune, $"{commune:D5}", commune % 7 == 0 ? null : commune,
                        commune % 7 == 0 ? MaskReason.SmallCount : null, "SEXE", sex);
            }
            await Task.CompletedTask;
        }

        Assert.Equal(10_000, await statistics.ReplacePeriodAsync(PeriodKind.Quarter, "2026T3", Many(), Start));

        var one = await ReadAsync(statistics, new PublishedCellQuery("DE_1", TerritoryLevel.Commune, "04243"));
        Assert.Equal([("F", 4243.0), ("H", 4243.0)], one.Select(c => (c.CharacteristicCode, c.Value!.Value)));
        var masked = await ReadAsync(statistics, new PublishedCellQuery("DE_1", TerritoryLevel.Commune, "00007"));
        Assert.All(masked, c => Assert.Equal(MaskReason.SmallCount, c.Mask));
    }
}
