using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.DemoData;
using OpenEmploi.Web.Features.StatisticsJob;

namespace OpenEmploi.Web.Tests.Hosting;

/// <summary>`dotnet run` on a new base shows labour-market statistics: a small register generated at start-up, computed in the background.</summary>
public sealed class DemoStatisticsTests(TestStores stores) : IClassFixture<TestStores>
{
    [Fact]
    public async Task In_development_a_base_without_statistics_gets_a_generated_register_and_its_last_quarter_computed()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var periods = DemoStatistics.Periods(today);
        var last = periods[0];
        await using (var platform = await RunningPlatform.StartAsync(location.Setting, 50, "--environment=Development", "--OpenEmploi:DemoData:StatisticsScale=0.0001"))
        {
            await platform.Services.GetRequiredService<DemoStatistics>().Computation.WaitAsync(TimeSpan.FromMinutes(5));

            var computed = await platform.Services.GetRequiredService<IPublishedStatistics>().GetComputedPeriodsAsync();
            // The last finished quarter and the four before it (its evolutions and twelve-month flows); the fourth quarter brought its year.
            Assert.Equal(periods.Distinct().Select(p => p.Code).Order(StringComparer.Ordinal),
                computed.Where(p => p.Kind == PeriodKind.Quarter).Select(p => p.Code).Order(StringComparer.Ordinal));
            Assert.Contains(computed, p => p.Kind == PeriodKind.Year);
            Assert.Contains(await platform.Services.GetRequiredService<IPublishedStatistics>()
                .ReadAsync(new PublishedCellQuery("DE_5_12M", TerritoryLevel.Nation, PeriodCodes: [last.Code])).ToListAsync(), c => c.CharacteristicType.Length == 0);

            var html = WebUtility.HtmlDecode(await platform.Client.GetStringAsync(new Uri("/territoires/nat/FR", UriKind.Relative)));
            Assert.Contains("Chiffres du <strong>" + (last.Quarter == 1 ? "1er" : last.Quarter + "e") + " trimestre " + last.Year + "</strong>", html, StringComparison.Ordinal);
            var offers = html[html.IndexOf("<tr id=\"offres\">", StringComparison.Ordinal)..];
            Assert.Matches("<td class=\"chiffre\">[0-9][0-9\u202f]*</td>", offers[..offers.IndexOf("</tr>", StringComparison.Ordinal)]);

            // The demo recorded the quarter as the quarterly job's: the job's round does not compute it a second time.
            Assert.Equal(last.Code, (await platform.Services.GetRequiredService<DeveloperStore>().ScheduledJobs.GetLastRunAsync(QuarterlyStatisticsJob.JobName))?.Day);
            Assert.Null(await platform.Services.GetRequiredService<QuarterlyStatisticsJob>().RunOnceAsync());
        }

        // A second start finds the statistics: nothing generated or computed again.
        await using var second = await RunningPlatform.StartAsync(location.Setting, 50, "--environment=Development", "--OpenEmploi:DemoData:StatisticsScale=0.0001");
        Assert.Same(Task.CompletedTask, second.Services.GetRequiredService<DemoStatistics>().Computation);
    }

    [Fact]
    public async Task Outside_development_no_statistics_are_generated()
    {
        var location = await stores.CreateMigratedLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, 50, "--OpenEmploi:DemoData:StatisticsScale=0.0001");

        Assert.Same(Task.CompletedTask, platform.Services.GetRequiredService<DemoStatistics>().Computation);
        Assert.Empty(await platform.Services.GetRequiredService<IPublishedStatistics>().GetComputedPeriodsAsync());
    }
}
