using System.Net;
using System.Text;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Tests.DeveloperPlatform;

namespace OpenEmploi.Web.Tests.ConsultationReports;

public sealed class OperatorReportTests(ReportsPlatformFixture fixture) : IClassFixture<ReportsPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_consolidated_month_puts_each_reported_total_beside_the_redirections_counted_for_the_application(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var month = platform.Clock.MoveToMidMonth();
        var (reporter, reporterRequest, reporterId, reporterSecret) = await platform.ApprovedApplicationAsync("Emplois Sud");
        using var _1 = reporter;
        var (silent, _, silentId, _) = await platform.ApprovedApplicationAsync("Muet");
        using var _2 = silent;
        var offers = await platform.OfferIdsAsync(2);

        // Job seekers follow the apply links the API gave each application; one visit comes from nowhere.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.Api.Client.BaseAddress };
        foreach (var (offer, app) in new[] { (offers[0], reporterId), (offers[0], reporterId), (offers[1], reporterId), (offers[1], silentId), (offers[0], "") })
        {
            using var redirect = await browser.GetAsync(new Uri($"/offres/{offer}/postuler?app={app}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        }
        // A redirect the next month is not this month's.
        platform.Clock.SetUtcNow(platform.Clock.GetUtcNow().AddMonths(1).AddDays(-10));
        using (var nextMonth = await browser.GetAsync(new Uri($"/offres/{offers[0]}/postuler?app={reporterId}", UriKind.Relative)))
            Assert.Equal(HttpStatusCode.Redirect, nextMonth.StatusCode);

        await reporter.SignInAsync(reporter.Email!, DeveloperPlatform.DeveloperPlatform.Password, expectSuccess: true);
        var uploaded = await reporter.UploadReportAsync(reporterRequest, month.ToString(), $"offre_id;vues\n{offers[0]};400\n{offers[1]};250\nTOTAL;650\n");
        Assert.Contains("650 vue(s) au total", uploaded, StringComparison.Ordinal);
        platform.Clock.SetUtcNow(platform.DeadlineOf(month));

        using var operatorBrowser = await platform.NewOperatorAsync();
        var page = await operatorBrowser.GetHtmlAsync($"/operateur/rapports?mois={month}");
        Assert.Contains($"Rapports de consultation de {ReportCalendar.Label(month)}", page, StringComparison.Ordinal);
        Assert.Contains("2 application(s) : 1 reçu(s), 0 reçu(s) en retard,", page, StringComparison.Ordinal);
        Assert.Contains("<strong>1 manquant(s)</strong>", page, StringComparison.Ordinal);
        Assert.Contains("650 vue(s) déclarée(s), 4 redirection(s) comptée(s).", page, StringComparison.Ordinal);

        using var csv = await operatorBrowser.GetAsync($"/operateur/rapports?handler=Csv&mois={month}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"rapports-consultation-{month}.csv", csv.Content.Headers.ContentDisposition?.FileNameStar ?? csv.Content.Headers.ContentDisposition?.FileName);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), "BOM UTF-8 attendu");
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ConsolidatedReports.CsvHeader, lines[0]);
        var rows = lines.Skip(1).Select(line => line.Split(';')).ToDictionary(fields => fields[1]);
        Assert.Equal(2, rows.Count);
        var reported = rows[reporterId];
        Assert.Equal([month.ToString(), reporterId, "Emplois Sud", reporter.Email!, "recu"], reported[..5]);
        Assert.Equal(["1", "2", "650", "3", "2", "0"], reported[7..]);
        var missing = rows[silentId];
        Assert.Equal(["Muet", silent.Email!, "manquant", "", ""], missing[2..7]);
        Assert.Equal(["0", "", "", "1", "1", "0"], missing[7..]);

        // The operator's automation reads the same file from the compliance API.
        var (adminId, adminSecret) = await platform.Api.CreateApplicationAsync([ApiScopes.AdminConformite], name: "exploitation");
        var admin = new Hosting.ApiCaller(platform.Api.Client, adminId, await platform.Api.GetTokenAsync(adminId, adminSecret, ApiScopes.AdminConformite));
        using (var fromApi = await admin.GetAsync($"/admin/conformite/v1/rapports-consultation/{month}"))
        {
            Assert.Equal(HttpStatusCode.OK, fromApi.StatusCode);
            Assert.Equal(bytes, await fromApi.Content.ReadAsByteArrayAsync());
        }
        using (var badMonth = await admin.GetAsync("/admin/conformite/v1/rapports-consultation/2026-13"))
            Assert.Equal(HttpStatusCode.BadRequest, badMonth.StatusCode);
        var reporterToken = new Hosting.ApiCaller(platform.Api.Client, reporterId, await platform.Api.GetTokenAsync(reporterId, reporterSecret));
        using (var notOperator = await reporterToken.GetAsync($"/admin/conformite/v1/rapports-consultation/{month}"))
            Assert.Equal(HttpStatusCode.Forbidden, notOperator.StatusCode);

        // Reusers do not see the operator's view.
        await reporter.SignInAsync(reporter.Email!, DeveloperPlatform.DeveloperPlatform.Password, expectSuccess: true);
        using var forbidden = await reporter.GetAsync($"/operateur/rapports?mois={month}");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.StartsWith("/compte/acces-refuse", forbidden.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
