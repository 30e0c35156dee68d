using OpenEmploi.Core.Statistics;
using static OpenEmploi.Statistics.Tests.TestData;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// Indicators 1 and 2 on a register written by hand in the EPCI 200070852 (Anglefort 01010,
/// Corbonod 01118, Seyssel 01407, zone d'emploi 8416), quarter 2026T3.
/// </summary>
public sealed class JobSeekerIndicatorTests
{
    private static async Task<IReadOnlyList<PublishedCell>> ComputeAsync(InMemoryStatisticsInputs inputs) =>
        await Engine().ComputeAsync(inputs, Quarter);

    private static InMemoryStatisticsInputs Register()
    {
        var inputs = new InMemoryStatisticsInputs();
        // 30 category-A women of 36 in Anglefort seeking M1805 since January.
        inputs.Episodes.AddRange(Seekers(30, "01010"));
        // 12 category-B men of 56 in Corbonod since January 2025 (seniority 1-2 years).
        inputs.Episodes.AddRange(Seekers(12, "01118", JobSeekerCategory.B, sex: Sex.Male, born: new DateOnly(1970, 1, 1),
            registered: new DateOnly(2025, 1, 10)));
        // 5 category-A entries in Seyssel in August, aged 22, seeking K2111.
        inputs.Episodes.AddRange(Seekers(5, "01407", rome: "K2111", born: new DateOnly(2004, 3, 1), registered: new DateOnly(2026, 8, 1)));
        // 4 in Anglefort who left in August; 3 who left before the quarter (not counted anywhere).
        inputs.Episodes.AddRange(Seekers(4, "01010", registered: new DateOnly(2026, 2, 1), exited: new DateOnly(2026, 8, 15)));
        inputs.Episodes.AddRange(Seekers(3, "01010", registered: new DateOnly(2026, 2, 1), exited: new DateOnly(2026, 6, 15)));
        return inputs;
    }

    /// <summary>No count below 11 anywhere: every figure is published.</summary>
    private static InMemoryStatisticsInputs LargerRegister()
    {
        var inputs = new InMemoryStatisticsInputs();
        inputs.Episodes.AddRange(Seekers(30, "01010"));
        inputs.Episodes.AddRange(Seekers(12, "01118", JobSeekerCategory.B, sex: Sex.Male, born: new DateOnly(1970, 1, 1),
            registered: new DateOnly(2025, 1, 10)));
        inputs.Episodes.AddRange(Seekers(15, "01407", rome: "K2111", born: new DateOnly(2004, 3, 1), registered: new DateOnly(2026, 8, 1)));
        inputs.Episodes.AddRange(Seekers(3, "01010", registered: new DateOnly(2026, 2, 1), exited: new DateOnly(2026, 6, 15)));
        return inputs;
    }

    [Fact]
    public async Task Job_seekers_at_the_quarter_end_by_category_territory_and_occupation()
    {
        var cells = await ComputeAsync(LargerRegister());

        Assert.Equal(45, Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "A").Value);
        Assert.Equal(12, Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "B").Value);
        Assert.Equal(57, Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "ABC").Value);
        Assert.Equal(57, Cell(cells, "DE_1", TerritoryLevel.ZoneEmploi, "8416", "ABC").Value);
        Assert.Equal(57, Cell(cells, "DE_1", TerritoryLevel.Departement, "01", "ABC").Value);
        Assert.Equal(57, Cell(cells, "DE_1", TerritoryLevel.Nation, "FR", "ABC").Value);
        Assert.Equal(15, Cell(cells, "DE_1", TerritoryLevel.Commune, "01407", "A").Value);
        Assert.Equal(42, Cell(cells, "DE_1", TerritoryLevel.Departement, "01", "ABC", "ROME", "M1805").Value);
        Assert.Equal(42, Cell(cells, "DE_1", TerritoryLevel.Region, "84", "ABC", "DOMAINE", "M18").Value);
        Assert.Equal(42, Cell(cells, "DE_1", TerritoryLevel.Region, "84", "ABC", "GRAND_DOMAINE", "M").Value);
        Assert.Null(Find(cells, "DE_1", TerritoryLevel.Commune, "01010", "A", "ROME", "M1805"));
        // Profile of the EPCI's ABC job seekers: 45 women, 12 men; 15 under 25, 30 aged 25-49, 12 aged 50 or more.
        var women = Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "ABC", characteristicType: "SEXE", characteristic: "F");
        Assert.Equal((45.0, 78.9), (women.Value!.Value, women.Percentage!.Value));
        Assert.Equal(15, Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "ABC", characteristicType: "AGE", characteristic: "MOINS25").Value);
        Assert.Equal(12, Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "ABC", characteristicType: "AGE", characteristic: "50ETPLUS").Value);
        Assert.Equal(30, Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "ABC", characteristicType: "AGE", characteristic: "25A49").Value);
        Assert.Equal(12, Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "ABC", characteristicType: "ANCIENNETE", characteristic: "1A2ANS").Value);
        // The profile by occupation sought (domaine and grand domaine): M18 holds the 30 women and the 12 men (71.4 % women), K21 the 15 under 25.
        var womenM18 = Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "ABC", "DOMAINE", "M18", "SEXE", "F");
        Assert.Equal((30.0, 71.4), (womenM18.Value!.Value, womenM18.Percentage!.Value));
        Assert.Equal(12, Cell(cells, "DE_1", TerritoryLevel.Departement, "01", "ABC", "DOMAINE", "M18", "SEXE", "H").Value);
        Assert.Equal(15, Cell(cells, "DE_1", TerritoryLevel.Region, "84", "ABC", "GRAND_DOMAINE", "K", "AGE", "MOINS25").Value);
        Assert.Null(Find(cells, "DE_1", TerritoryLevel.Epci, "200070852", "ABC", "ROME", "M1805", "SEXE", "F"));
        // Entries: the 15 of August; the 3 who left in June count nowhere.
        Assert.Equal(15, Cell(cells, "DE_5", TerritoryLevel.Epci, "200070852", "A").Value);
        Assert.Null(Find(cells, "DE_SORT", TerritoryLevel.Epci, "200070852", "A"));
    }

    [Fact]
    public async Task Small_counts_are_masked_and_protected_from_subtraction()
    {
        var cells = await ComputeAsync(Register());

        // Seyssel's 5 job seekers: below 11.
        var seyssel = Cell(cells, "DE_1", TerritoryLevel.Commune, "01407", "A");
        Assert.Equal((null, null, MaskReason.SmallCount), (seyssel.Value, seyssel.Percentage, seyssel.Mask));
        // The EPCI's 35 minus Anglefort's 30 would give them away: one of the two is hidden too.
        var epci = Cell(cells, "DE_1", TerritoryLevel.Epci, "200070852", "A");
        var anglefort = Cell(cells, "DE_1", TerritoryLevel.Commune, "01010", "A");
        Assert.True(epci.IsMasked || anglefort.IsMasked);
        Assert.Contains(cells, c => c.Mask == MaskReason.Secondary);
        Assert.All(cells.Where(c => c.IsMasked), c => Assert.True(c.Value is null && c.Percentage is null));
    }

    [Fact]
    public async Task Entries_exits_and_the_outflow_rate_over_the_quarter()
    {
        var cells = await ComputeAsync(Register());

        // 5 entries (masked), 4 exits (masked) in the quarter.
        Assert.Equal(MaskReason.SmallCount, Cell(cells, "DE_5", TerritoryLevel.Epci, "200070852", "A").Mask);
        Assert.Equal(MaskReason.SmallCount, Cell(cells, "DE_SORT", TerritoryLevel.Epci, "200070852", "ABC").Mask);
        // Start stock 46 ≥ 30 but the exits are masked: the rate would give them away.
        Assert.Equal(MaskReason.Secondary, Cell(cells, "DE_TXSORT", TerritoryLevel.Epci, "200070852", "ABC").Mask);
    }

    [Fact]
    public async Task The_outflow_rate_is_exits_over_the_stock_at_the_quarter_start()
    {
        var inputs = new InMemoryStatisticsInputs();
        inputs.Episodes.AddRange(Seekers(40, "01010", registered: new DateOnly(2026, 1, 10)));
        inputs.Episodes.AddRange(Seekers(20, "01118", registered: new DateOnly(2026, 1, 10), exited: new DateOnly(2026, 9, 1)));

        var cells = await ComputeAsync(inputs);

        Assert.Equal(20, Cell(cells, "DE_SORT", TerritoryLevel.Epci, "200070852", "ABC").Value);
        // 20 exits out of 60 registered on 30 June.
        Assert.Equal(33.3, Cell(cells, "DE_TXSORT", TerritoryLevel.Epci, "200070852", "ABC").Value);
        Assert.Equal(MaskReason.SmallDenominator, Cell(cells, "DE_TXSORT", TerritoryLevel.Commune, "01118", "ABC").Mask);
    }
}
