using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Features.Usage;
using OpenEmploi.Web.Tests.ConsultationReports;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>
/// "My applications" shows each application's calls per Paris day over 30 days (a server-drawn SVG
/// with a title per bar, and its table), its quota and its last report; the audit export carries
/// every month's report status, upload and totals, and every refused upload with its errors.
/// </summary>
public sealed class UsageAndAuditTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task My_applications_chart_the_calls_of_each_day_and_the_audit_export_carries_the_reports(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (reuser, requestId, clientId, secret) = await platform.ApprovedApplicationAsync("Compteuse");
        using var _1 = reuser;
        var caller = new ApiCaller(platform.Api.Client, clientId, await platform.Api.GetTokenAsync(clientId, secret));
        var firstDay = platform.Today();
        var createdIn = ReportCalendar.MonthOf(platform.Clock.GetUtcNow());
        await CallAsync(platform, caller, 3);
        platform.MoveTo(firstDay.AddDays(2), TimeSpan.FromHours(11));
        await CallAsync(platform, caller, 4);

        var page = await reuser.PageAsync("/developpeurs/applications");

        Assert.Contains($"<title>{UsageChart.Day(firstDay)} : 3 appels</title>", page, StringComparison.Ordinal);
        Assert.Contains($"<title>{UsageChart.Day(firstDay.AddDays(1))} : aucun appel</title>", page, StringComparison.Ordinal);
        Assert.Contains($"<title>{UsageChart.Day(firstDay.AddDays(2))} : 1 appel</title>", page, StringComparison.Ordinal);
        Assert.Equal(30, System.Text.RegularExpressions.Regex.Count(page, "<rect class=\"barre\""));
        Assert.Contains($"<tr><td>{UsageChart.Day(firstDay)}</td><td>3</td></tr>", page, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Quota</dt><dd>10 appels par seconde", page, StringComparison.Ordinal);
        // The last month over is owed once the application's first month has ended (the clock may have crossed it).
        var lastEnded = ReportCalendar.LastEndedMonth(platform.Clock.GetUtcNow());
        Assert.Contains(lastEnded >= createdIn ? $"{ReportCalendar.Label(lastEnded)} : attendu" : "aucun rapport dû pour le moment", page, StringComparison.Ordinal);

        // Next month: one refused upload, then an accepted one.
        var month = ReportCalendar.MonthOf(platform.Clock.GetUtcNow());
        platform.MoveTo(month.Next.FirstDay.AddDays(4), TimeSpan.FromHours(10));
        Assert.Contains("le nombre de vues ne peut pas être négatif", await reuser.UploadReportAsync(requestId, month.ToString(), "offre_id;vues\n048KLTP;-4\n"), StringComparison.Ordinal);
        await reuser.UploadReportAsync(requestId, month.ToString(), "offre_id;vues\n048KLTP;120\n112ABCD;37\n", "vues.csv");

        Assert.Contains($"{ReportCalendar.Label(month)} : reçu", await reuser.PageAsync("/developpeurs/applications"), StringComparison.Ordinal);
        using var operatorBrowser = await platform.NewOperatorAsync();
        var reports = (await AnnouncementTests.AuditAsync(operatorBrowser, clientId)).GetProperty("consultationReports");
        var reported = Assert.Single(reports.GetProperty("months").EnumerateArray(), item => item.GetProperty("month").GetString() == month.ToString());
        Assert.Equal("recu", reported.GetProperty("status").GetString());
        Assert.Equal(157, reported.GetProperty("totalViews").GetInt64());
        Assert.Equal(2, reported.GetProperty("offers").GetInt32());
        Assert.Equal("vues.csv", reported.GetProperty("fileName").GetString());
        Assert.Equal(1, reported.GetProperty("refusedUploads").GetInt32());
        Assert.Equal(platform.Clock.GetUtcNow(), reported.GetProperty("latestUploadAt").GetDateTimeOffset());
        var refused = Assert.Single(reports.GetProperty("refusedUploads").EnumerateArray());
        Assert.Equal(month.ToString(), refused.GetProperty("month").GetString());
        Assert.Equal("page", refused.GetProperty("channel").GetString());
        Assert.Equal(1, refused.GetProperty("errorCount").GetInt32());
        Assert.Equal("Ligne 2, champ « vues », valeur « -4 » : le nombre de vues ne peut pas être négatif.", refused.GetProperty("errors")[0].GetString());
    }

    /// <summary>Makes calls and waits until the background writer has logged them all.</summary>
    private static async Task CallAsync(DeveloperPlatform platform, ApiCaller caller, int totalAfter)
    {
        var store = platform.Running.Services.GetRequiredService<IApplicationStore>();
        var bounds = new[] { platform.Clock.GetUtcNow().AddDays(-40), platform.Clock.GetUtcNow().AddDays(1) };
        var before = (await store.CountCallsAsync(caller.ClientId, bounds))[0];
        for (var i = before; i < totalAfter; i++)
        {
            using var search = await caller.SearchAsync();
            Assert.True(search.IsSuccessStatusCode, search.StatusCode.ToString());
        }
        for (var attempt = 0; attempt < 100 && (await store.CountCallsAsync(caller.ClientId, bounds))[0] < totalAfter; attempt++)
            await Task.Delay(100);
        Assert.Equal(totalAfter, (await store.CountCallsAsync(caller.ClientId, bounds))[0]);
    }
}
