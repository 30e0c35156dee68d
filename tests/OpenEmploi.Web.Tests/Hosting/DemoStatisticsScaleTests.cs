using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Statistics;
using OpenEmploi.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Web.Features.DemoData;

namespace OpenEmploi.Web.Tests.Hosting;

/// <summary>
/// The register `dotnet run` generates is large enough for the dashboards to show job-seeker
/// figures: at 1,100 job seekers (scale 0.0002) every breakdown cell held one person, a published
/// total would have given those ones away, and France's total itself was "secret" (docs/statistics.md,
/// Known limits). The default scale must publish France's totals and most régions'; 0.0002 does not.
/// </summary>
/// <remarks>
/// The quarter is computed in memory, from the generator's rows, without a store: what is proven is
/// what the disclosure control publishes for the demo's register, and a store plays no part in it.
/// The stores hand the computation the same rows in the same order as
/// <see cref="InMemoryStatisticsInputs"/> (their readers are tested to, on both providers) and
/// store the cells as computed (tested by the computation's own tests). Loading 1.1 million input
/// rows into SQLite and storing 2.1 million cells, as this test did before, cost about a third of
/// its time and proved nothing more.
/// </remarks>
public sealed class DemoStatisticsScaleTests
{
    private static readonly Lazy<ReferenceData> Data = new(ReferenceData.LoadDefault);

    /// <summary>Mid-November 2026, as the demo would start: the third quarter is the last finished one.</summary>
    private static readonly StatPeriod Quarter = StatPeriod.OfQuarter(2026, 3);

    [Fact]
    public async Task The_default_demo_register_publishes_the_job_seeker_totals_of_France_and_most_regions()
    {
        var totals = await JobSeekerTotalsAsync(new DemoDataOptions().StatisticsScale);

        var france = totals.Where(c => c.TerritoryLevel == TerritoryLevel.Nation).ToList();
        Assert.Equal(["A", "ABC", "B", "C", "D", "E"], france.Select(c => c.NomenclatureCode).Order(StringComparer.Ordinal));
        Assert.All(france, c => Assert.True(c.Value is > 0 && !c.IsMasked, $"France {c.NomenclatureCode} : secret"));
        var shown = RegionsShown(totals);
        Assert.True(shown >= 12, $"{shown} régions sur 18 avec leur total ABC publié");
    }

    [Fact]
    public async Task The_former_default_scale_of_0_0002_would_publish_neither()
    {
        var totals = await JobSeekerTotalsAsync(0.0002);

        // The same checks fail: France's totals are secret (all of them, at this scale), and so are the régions'.
        var france = totals.Where(c => c.TerritoryLevel == TerritoryLevel.Nation).ToList();
        Assert.NotEmpty(france);
        Assert.Contains(france, c => c.IsMasked);
        Assert.True(RegionsShown(totals) < 12, $"{RegionsShown(totals)} régions avec leur total ABC publié");
    }

    /// <summary>
    /// The demo's register at <paramref name="scale"/> (its seed, three years up to the quarter's
    /// end, as <c>DemoStatistics</c> generates it), the quarter computed as the demo's first run
    /// computes it (no earlier quarter stored), and the job-seeker totals it publishes: DE_1, all
    /// occupations, no characteristic.
    /// </summary>
    private static async Task<List<PublishedCell>> JobSeekerTotalsAsync(double scale)
    {
        var options = new DemoDataOptions();
        var generator = new StatisticsGenerator(GeneratorContext.For(Data.Value),
            new StatisticsGeneratorOptions(scale, (ulong)options.Seed, Quarter.Year - 2, Quarter.Year, Quarter.End));
        var inputs = generator.Streams().ToInMemory();

        var cells = await new StatisticsComputation(Data.Value, TimeProvider.System).ComputeAsync(inputs, Quarter);

        return [.. cells.Where(c => c.Indicator == "DE_1" && c.ActivityType == "CUMUL" && c.CharacteristicType.Length == 0)];
    }

    private static int RegionsShown(List<PublishedCell> totals) =>
        totals.Count(c => c.TerritoryLevel == TerritoryLevel.Region && c.NomenclatureCode == "ABC" && !c.IsMasked);
}
