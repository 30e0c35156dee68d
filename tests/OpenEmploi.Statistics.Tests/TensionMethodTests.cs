using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Statistics.Tension;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The DARES method on a worked example: five occupations in France make the reference
/// distribution; a zone d'emploi is placed on it; another is below the publication floor.
/// </summary>
public sealed class TensionMethodTests
{
    private static readonly string[] Metiers = ["M1805", "K2111", "J1501", "N1103", "H2909"];

    [Fact]
    public void Reference_distribution_standardises_and_bands_in_quintiles()
    {
        var distribution = new ReferenceDistribution([2.5, 0.5, 1.5, 1, 2]);

        Assert.Equal(1.5, distribution.Mean, 6);
        Assert.Equal(Math.Sqrt(0.5), distribution.StandardDeviation, 6);
        Assert.Equal([0.9, 1.3, 1.7, 2.1], distribution.Limits.Select(l => Math.Round(l, 6)));
        Assert.Equal(-Math.Sqrt(2), distribution.Standardise(0.5), 6);
        Assert.Equal([1, 2, 3, 4, 5, 5], new[] { 0.5, 1, 1.5, 2, 2.5, 9 }.Select(distribution.Band));
    }

    [Fact]
    public void Worked_example_of_the_main_indicator_its_bands_and_the_floor()
    {
        var context = TestData.Context();
        var figures = new Dictionary<(int, int), TensionFigures>();
        // Offers per category-A registration 0.5 … 2.5; outflow rate the same everywhere (z = 0);
        // difficult shares 10 %, 20 %, 30 %, 40 %, 90 %; employment 1,000.
        double[] difficult = [10, 20, 30, 40, 90];
        for (var i = 0; i < Metiers.Length; i++)
        {
            figures[(TerritoryIndex.Nation, context.Activities.Metier(Metiers[i]))] = new TensionFigures(
                Offers: 50 * (i + 1), NonDurableOffers: 10 * (i + 1), EntriesA: 100, ExitsAbc: 50, MeanStockAbc: 100, StockA: 100,
                Projects: 100, Difficult: difficult[i], Employment: 1000, Duncan: 0.1 * (i + 1));
        }
        var zone = context.Territories.ZoneEmploi("8416");
        // Offers per registration 2.2 (z = 0.98995), difficult share 35 % (z = −0.10769):
        // score 0.3 × 0.98995 + 0.5 × −0.10769 = 0.24314, between the 60th (0.01306) and 80th (0.47994) limits.
        figures[(zone, context.Activities.Metier("M1805"))] = new TensionFigures(
            220, 50, 100, 50, 100, 40, 100, 35, 20, 0.3);
        // Only 10 offers: below the floor.
        figures[(zone, context.Activities.Metier("K2111"))] = new TensionFigures(10, 5, 100, 50, 100, 100, 100, 50, 1000, 0.3);

        var cells = TensionMethod.Compute(context, StatPeriod.OfYear(2026), figures);

        int? Level(TerritoryLevel level, string territory, string rome, string code) =>
            (int?)cells.Single(c => c.TerritoryLevel == level && c.TerritoryCode == territory && c.ActivityCode == rome && c.NomenclatureCode == code).Value;
        // France: scores −0.92683, −0.53521, −0.14359, 0.24803, 1.35760 — one occupation per band.
        Assert.Equal([1, 2, 3, 4, 5], Metiers.Select(m => Level(TerritoryLevel.Nation, "FR", m, TensionMethod.Main)));
        Assert.Equal([1, 2, 3, 4, 5], Metiers.Select(m => Level(TerritoryLevel.Nation, "FR", m, "INTENSITE_EMBAUCHES")));
        Assert.Equal([1, 2, 3, 4, 5], Metiers.Select(m => Level(TerritoryLevel.Nation, "FR", m, "INADEQUATION_GEO")));
        Assert.Equal(4, Level(TerritoryLevel.ZoneEmploi, "8416", "M1805", TensionMethod.Main));
        Assert.Equal(5, Level(TerritoryLevel.ZoneEmploi, "8416", "M1805", "OFFRES_DEMANDEURS"));
        // Employment of 20: the ratios on it are not published.
        var intensity = cells.Single(c => c.TerritoryCode == "8416" && c.ActivityCode == "M1805" && c.NomenclatureCode == "INTENSITE_EMBAUCHES");
        Assert.Equal((null, MaskReason.SmallDenominator), (intensity.Value, intensity.Mask));
        Assert.All(cells.Where(c => c.TerritoryCode == "8416" && c.ActivityCode == "K2111"),
            c => Assert.Equal((null, MaskReason.BelowPublicationFloor), (c.Value, c.Mask)));
        Assert.Equal(TensionMethod.Codes.Length * 7, cells.Count);
    }
}
