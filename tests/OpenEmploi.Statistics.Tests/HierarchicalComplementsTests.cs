using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Computation;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The secondary suppression takes its complements as the hierarchical method would: the
/// territories' job-seeker totals, which dashboards and maps show first, are given up last, and a
/// cell is protected within its own sub-table (siblings, breakdowns, communes) rather than by
/// masking the totals above it — while nothing masked stays recoverable.
/// </summary>
public sealed class HierarchicalComplementsTests
{
    [Theory]
    [InlineData("01", 4_000, 7, "84")]
    [InlineData("69", 3_000, 3, "84")]
    public async Task The_territories_totals_stay_published_and_nothing_masked_is_recoverable(string departement, int seekers, int seed, string region)
    {
        var inputs = SyntheticRegister.Generate(departement, seekers, seed);
        var table = await QuarterlyComputation.ComputeAsync(TestData.Context(), inputs, TestData.Quarter, null, CancellationToken.None);
        var cells = table.Cells().ToList();

        // A département of a few thousand job seekers is far above every threshold: its total, its
        // région's and France's must not be spent as complements of the small cells below them
        // (the greedy choice of the smallest published term masked all three, 2026-11-29).
        foreach (var (level, code) in new[] { (TerritoryLevel.Nation, "FR"), (TerritoryLevel.Region, region), (TerritoryLevel.Departement, departement) })
        {
            var total = TestData.Cell(cells, "DE_1", level, code, "ABC");
            Assert.True(total.Mask is null, $"{total} : total des demandeurs ABC masqué");
        }
        Assert.Empty(new IntervalAudit(table.Table).FindRecoverable());
        var recovered = new PublishedMarginsAudit(cells).Recovered();
        Assert.True(recovered.Count == 0, "retrouvées : " + string.Join(" ; ", recovered.Take(5)));
        Assert.Contains(cells, c => c.Mask == MaskReason.Secondary);
    }

    [Fact]
    public void A_total_costs_more_than_any_breakdown_and_an_upper_breakdown_more_than_a_lower_one()
    {
        var context = TestData.Context();
        var codes = context.Codes;
        var abc = codes.Nomenclature("CATCAND", "ABC");
        var category = codes.Nomenclature("CATCAND", "A", "ABC");
        var jobSeekers = codes.Indicator(Indicators.JobSeekers);
        int Territory(TerritoryLevel level, string code) => context.Territories.Id(level, code);
        int Rank(TerritoryLevel level, string code, int nomenclature, int activity = ActivityIndex.All) =>
            ComplementCost.Rank(context, new CellKey(jobSeekers, Territory(level, code), activity, nomenclature, 0));

        var franceTotal = Rank(TerritoryLevel.Nation, "FR", abc);
        var regionTotal = Rank(TerritoryLevel.Region, "84", abc);
        var departementTotal = Rank(TerritoryLevel.Departement, "01", abc);
        var franceCategory = Rank(TerritoryLevel.Nation, "FR", category);
        var departementCategory = Rank(TerritoryLevel.Departement, "01", category);
        var departementMetier = Rank(TerritoryLevel.Departement, "01", abc, context.Activities.Metier("M1805"));

        // Higher rank: masked first.
        Assert.True(franceTotal < regionTotal && regionTotal < departementTotal);
        Assert.True(departementTotal < franceCategory, "un total coûte plus que toute ventilation");
        Assert.True(franceCategory < departementCategory);
        Assert.True(departementCategory < departementMetier, "un métier avant une catégorie du même département");
    }
}
