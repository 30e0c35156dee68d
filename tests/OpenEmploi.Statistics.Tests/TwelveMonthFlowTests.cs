using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;
using static OpenEmploi.Statistics.Tests.TestData;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// Entries and exits over the twelve months ending with the quarter (DE_5_12M, DE_SORT_12M) and
/// offers registered over them (OFF_1_12M), on registers written by hand in Anglefort (01010, EPCI
/// 200070852), the quarters computed in order.
/// </summary>
public sealed class TwelveMonthFlowTests
{
    private static async Task<IReadOnlyList<PublishedCell>> ComputeQuartersAsync(InMemoryStatisticsInputs inputs, params string[] quarters)
    {
        var store = new InMemoryPublishedStatistics(TimeProvider.System);
        foreach (var quarter in quarters)
            await Engine().RunAsync(inputs, store, StatPeriod.Parse(quarter));
        var cells = new List<PublishedCell>();
        foreach (var indicator in new[] { "DE_5", "DE_SORT", "DE_5_12M", "DE_SORT_12M", "OFF_1", "OFF_1_12M" })
        {
            await foreach (var cell in store.ReadAsync(new PublishedCellQuery(indicator, PeriodKind: PeriodKind.Quarter)))
                cells.Add(cell);
        }
        return cells;
    }

    /// <summary>Every count at least 11: nothing masked. Entries 12 (Nov. 2025), 26 (Feb.), 20 (May), 14 (Aug.); 11 of February's leave in July; 13 came in September 2025, before the twelve months.</summary>
    private static InMemoryStatisticsInputs Register()
    {
        var inputs = new InMemoryStatisticsInputs();
        inputs.Episodes.AddRange(Seekers(13, "01010", registered: new DateOnly(2025, 9, 10)));
        inputs.Episodes.AddRange(Seekers(12, "01010", registered: new DateOnly(2025, 11, 10)));
        inputs.Episodes.AddRange(Seekers(15, "01010", registered: new DateOnly(2026, 2, 10)));
        inputs.Episodes.AddRange(Seekers(11, "01010", registered: new DateOnly(2026, 2, 10), exited: new DateOnly(2026, 7, 20)));
        inputs.Episodes.AddRange(Seekers(20, "01010", registered: new DateOnly(2026, 5, 10)));
        inputs.Episodes.AddRange(Seekers(14, "01010", registered: new DateOnly(2026, 8, 10)));
        return inputs;
    }

    [Fact]
    public async Task Entries_and_exits_over_twelve_months_are_the_sums_of_the_four_quarters()
    {
        var cells = await ComputeQuartersAsync(Register(), "2025T3", "2025T4", "2026T1", "2026T2", "2026T3");
        IEnumerable<PublishedCell> Of(string period) => cells.Where(c => c.PeriodCode == period);

        // 12 + 26 + 20 + 14 = 72 entries from October 2025 to September 2026, everywhere up to France.
        foreach (var (level, code) in new[] { (TerritoryLevel.Commune, "01010"), (TerritoryLevel.Epci, "200070852"), (TerritoryLevel.Departement, "01"), (TerritoryLevel.Nation, "FR") })
        {
            Assert.Equal(72, Cell(Of("2026T3"), "DE_5_12M", level, code, "A").Value);
            Assert.Equal(72, Cell(Of("2026T3"), "DE_5_12M", level, code, "ABC").Value);
        }
        Assert.Equal(72, Cell(Of("2026T3"), "DE_5_12M", TerritoryLevel.Region, "84", "ABC", "ROME", "M1805").Value);
        var women = Cell(Of("2026T3"), "DE_5_12M", TerritoryLevel.Epci, "200070852", "ABC", characteristicType: "SEXE", characteristic: "F");
        Assert.Equal((72.0, 100.0), (women.Value!.Value, women.Percentage!.Value));
        // The 11 who left in July; no exit before.
        Assert.Equal(11, Cell(Of("2026T3"), "DE_SORT_12M", TerritoryLevel.Epci, "200070852", "A").Value);
        Assert.Equal(11, Cell(Of("2026T3"), "DE_SORT_12M", TerritoryLevel.Epci, "200070852", "A", characteristicType: "MOTIF", characteristic: "1").Value);
        // The twelve months to June 2026: 13 (September 2025) + 12 + 26 + 20 = 71; the evolution compares them (+1.4 %).
        Assert.Equal(71, Cell(Of("2026T2"), "DE_5_12M", TerritoryLevel.Epci, "200070852", "A").Value);
        var evolution = Cell(Of("2026T3"), "DE_5_12M", TerritoryLevel.Epci, "200070852", "A", characteristicType: "EVOLUTION", characteristic: "TRIMESTRE_PRECEDENT");
        Assert.Equal((71.0, 1.4), (evolution.Value!.Value, evolution.Percentage!.Value));
        // A quarter without its three previous quarters computed (2025T2 was not) has no twelve-month figure.
        Assert.DoesNotContain(Of("2025T3"), c => c.Indicator is "DE_5_12M" or "DE_SORT_12M");
        Assert.DoesNotContain(Of("2026T1"), c => c.Indicator is "DE_5_12M" or "DE_SORT_12M");
    }

    [Fact]
    public async Task A_twelve_month_figure_is_published_only_when_its_four_quarters_are()
    {
        // The proof's generated département: small counts and secondary masks in every quarter (so
        // many that the engine masks even France's quarterly flows today: see docs/statistics.md).
        var inputs = SyntheticRegister.Generate("01", 4_000, 7);
        var quarters = new[] { "2025T4", "2026T1", "2026T2", "2026T3" };
        var cells = await ComputeQuartersAsync(inputs, quarters);

        var rolling = cells.Where(c => c.PeriodCode == "2026T3" && c.Indicator is "DE_5_12M" or "DE_SORT_12M" && c.CharacteristicType != "EVOLUTION").ToList();
        Assert.True(rolling.Any(c => c.IsMasked), $"{rolling.Count} cellules sur douze mois, aucune masquée");
        var quarterly = cells.Where(c => c.Indicator is "DE_5" or "DE_SORT" && c.CharacteristicType != "EVOLUTION")
            .ToDictionary(c => (c.PeriodCode, c.Indicator, c.TerritoryLevel, c.TerritoryCode, c.ActivityType, c.ActivityCode, c.NomenclatureCode, c.CharacteristicType, c.CharacteristicCode));
        foreach (var cell in rolling)
        {
            var terms = quarters.Select(q => quarterly.GetValueOrDefault((q, cell.Indicator[..^4], cell.TerritoryLevel, cell.TerritoryCode, cell.ActivityType,
                cell.ActivityCode, cell.NomenclatureCode, cell.CharacteristicType, cell.CharacteristicCode))).ToList();
            Assert.True(terms.Any(t => t is not null), $"{cell} : aucun terme trimestriel");
            if (terms.Any(t => t is { IsMasked: true }))
            {
                Assert.True(cell.IsMasked && cell.Value is null, $"{cell} publié alors qu'un trimestre est masqué");
            }
            else
            {
                Assert.Equal(terms.Sum(t => t?.Value ?? 0), cell.Value);
                // Recounted from the raw rows: the episodes that entered (or left) in the twelve months.
                if (cell.CharacteristicType.Length == 0 && cell.ActivityType == "CUMUL")
                    Assert.Equal(RawFlow(inputs, cell), cell.Value);
            }
        }
    }

    [Fact]
    public async Task Offers_over_twelve_months_are_the_sums_of_the_four_quarters_with_their_shares_recomputed()
    {
        // Anglefort, M1805, NAF 62.01Z (section J). August 2025: 5 (before the twelve months to
        // September 2026); November: 10 CDI full-time by employers; February: 8 CDD part-time from
        // partners; May: 7 CDI full-time from partners; August 2026: 6 CDD full-time by employers.
        var inputs = new InMemoryStatisticsInputs();
        void Offers(int count, DateOnly on, string contract, bool fullTime, OfferOrigin origin)
        {
            for (var i = 0; i < count; i++)
            {
                inputs.Offers.Add(new RegisteredOffer($"{on:yyyyMM}-{i}", on, "M1805", "62.01Z", "01010", "01", contract,
                    Durable: contract == "CDI", fullTime, origin));
            }
        }
        Offers(5, new DateOnly(2025, 8, 5), "CDI", true, OfferOrigin.Employer);
        Offers(10, new DateOnly(2025, 11, 5), "CDI", true, OfferOrigin.Employer);
        Offers(8, new DateOnly(2026, 2, 5), "CDD", false, OfferOrigin.Partner);
        Offers(7, new DateOnly(2026, 5, 5), "CDI", true, OfferOrigin.Partner);
        Offers(6, new DateOnly(2026, 8, 5), "CDD", true, OfferOrigin.Employer);

        var cells = await ComputeQuartersAsync(inputs, "2025T3", "2025T4", "2026T1", "2026T2", "2026T3");
        var t3 = cells.Where(c => c.PeriodCode == "2026T3").ToList();

        // 10 + 8 + 7 + 6 = 31, at every level, by métier and by section; 16 by employers, 15 from partners.
        foreach (var (level, code) in new[] { (TerritoryLevel.Commune, "01010"), (TerritoryLevel.Epci, "200070852"), (TerritoryLevel.ZoneEmploi, "8416"), (TerritoryLevel.Nation, "FR") })
            Assert.Equal(31, Cell(t3, "OFF_1_12M", level, code, "TOUTES").Value);
        Assert.Equal(31, Cell(t3, "OFF_1_12M", TerritoryLevel.Departement, "01", "TOUTES", "ROME", "M1805").Value);
        Assert.Equal(31, Cell(t3, "OFF_1_12M", TerritoryLevel.Departement, "01", "TOUTES", "NAF", "J").Value);
        Assert.Equal(16, Cell(t3, "OFF_1_12M", TerritoryLevel.Departement, "01", "EMPLOYEUR").Value);
        Assert.Equal(15, Cell(t3, "OFF_1_12M", TerritoryLevel.Departement, "01", "PARTENAIRE").Value);
        // No quarter reaches 30 offers, so no quarter has shares; the twelve months do: 17 durable of
        // 31 (54.8 %), 23 full-time (74.2 %), 14 CDD.
        Assert.Null(Cell(t3, "OFF_1", TerritoryLevel.Departement, "01", "TOUTES", characteristicType: "DUREE", characteristic: "NON_DURABLE").Percentage);
        var durable = Cell(t3, "OFF_1_12M", TerritoryLevel.Departement, "01", "TOUTES", characteristicType: "DUREE", characteristic: "DURABLE");
        Assert.Equal((17.0, 54.8), (durable.Value!.Value, durable.Percentage!.Value));
        Assert.Equal(74.2, Cell(t3, "OFF_1_12M", TerritoryLevel.Departement, "01", "TOUTES", characteristicType: "TEMPS", characteristic: "PLEIN").Percentage);
        Assert.Equal(14, Cell(t3, "OFF_1_12M", TerritoryLevel.Departement, "01", "TOUTES", characteristicType: "CONTRAT", characteristic: "CDD").Value);
        // The twelve months to June 2026: 5 + 10 + 8 + 7 = 30; the evolution compares them (+3.3 %).
        Assert.Equal(30, Cell(cells.Where(c => c.PeriodCode == "2026T2"), "OFF_1_12M", TerritoryLevel.Departement, "01", "TOUTES").Value);
        var evolution = Cell(t3, "OFF_1_12M", TerritoryLevel.Departement, "01", "TOUTES", characteristicType: "EVOLUTION", characteristic: "TRIMESTRE_PRECEDENT");
        Assert.Equal((30.0, 3.3), (evolution.Value!.Value, evolution.Percentage!.Value));
        Assert.DoesNotContain(cells, c => c.Indicator == "OFF_1_12M" && c.PeriodCode is "2025T3" or "2025T4" or "2026T1");
    }

    private static int RawFlow(InMemoryStatisticsInputs inputs, PublishedCell cell)
    {
        var from = new DateOnly(2025, 10, 1);
        var to = new DateOnly(2026, 9, 30);
        return inputs.Episodes.Count(e =>
            (cell.Indicator == "DE_5_12M" ? e.RegisteredOn >= from && e.RegisteredOn <= to : e.ExitedOn is { } x && x >= from && x <= to)
            && RawFigures.InTerritory(e.Commune, cell.TerritoryLevel, cell.TerritoryCode)
            && (cell.NomenclatureCode == "ABC" ? e.Category is JobSeekerCategory.A or JobSeekerCategory.B or JobSeekerCategory.C : e.Category.ToString() == cell.NomenclatureCode));
    }
}
