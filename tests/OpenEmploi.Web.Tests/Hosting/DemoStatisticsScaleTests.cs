using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Statistics;
using OpenEmploi.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.DemoData;

namespace OpenEmploi.Web.Tests.Hosting;

/// <summary>
/// The register `dotnet run` generates is large enough for the dashboards to show job-seeker
/// figures: at 1,100 job seekers (scale 0.0002) every breakdown cell held one person, a published
/// total would have given those ones away, and France's total itself was "secret" (docs/statistics.md,
/// Known limits). The default scale must publish France's totals and most régions'.
/// </summary>
public sealed class DemoStatisticsScaleTests(TestStores stores) : IClassFixture<TestStores>
{
    [Fact]
    public async Task The_default_demo_register_publishes_the_job_seeker_totals_of_France_and_most_regions()
    {
        var data = ReferenceData.LoadDefault();
        var options = new DemoDataOptions();
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        // Mid-November 2026, as the demo would start: the third quarter is the last finished one.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 16, 9, 0, 0, TimeSpan.Zero));
        var quarter = StatPeriod.OfQuarter(2026, 3);
        await using (var inputs = StatisticsInputStoreFactory.Open(location))
        {
            var generator = new StatisticsGenerator(new GeneratorContext(data),
                new StatisticsGeneratorOptions(options.StatisticsScale, (ulong)options.Seed, 2024, 2026, quarter.End));
            await inputs.ReplaceAllAsync(generator.Streams());
        }
        await using var offres = OffreStoreFactory.Open(location, clock);

        await StatisticsRun.RunAsync(location, offres, data, quarter, clock);

        await using var published = PublishedStatisticsStoreFactory.Open(location);
        var totals = await published.ReadAsync(new PublishedCellQuery("DE_1", PeriodKind: PeriodKind.Quarter, PeriodCodes: [quarter.Code]))
            .Where(c => c.ActivityType == "CUMUL" && c.CharacteristicType.Length == 0).ToListAsync();
        var france = totals.Where(c => c.TerritoryLevel == TerritoryLevel.Nation).ToList();
        Assert.Equal(["A", "ABC", "B", "C", "D", "E"], france.Select(c => c.NomenclatureCode).Order(StringComparer.Ordinal));
        Assert.All(france, c => Assert.True(c.Value is > 0 && !c.IsMasked, $"France {c.NomenclatureCode} : secret"));
        var regions = totals.Where(c => c.TerritoryLevel == TerritoryLevel.Region && c.NomenclatureCode == "ABC").ToList();
        var shown = regions.Count(c => !c.IsMasked);
        Assert.True(shown >= 12, $"{shown} régions sur {regions.Count} avec leur total ABC publié");
    }
}
