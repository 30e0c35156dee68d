using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Tests.DeveloperPlatform;

namespace OpenEmploi.Web.Tests.ConsultationReports;

public sealed class ComplianceDashboardTests(ReportsPlatformFixture fixture) : IClassFixture<ReportsPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_dashboard_lists_late_mirrors_missing_or_late_reports_and_idle_applications(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var month = platform.Clock.MoveToMidMonth();
        // "Miroir" asks for the sync feed and never syncs nor calls anything; "Actif" calls the offers API.
        using var mirrorOwner = await platform.NewReuserAsync();
        var mirrorRequest = await mirrorOwner.RequestAccessAsync("Miroir", "offres synchronisation");
        using (var operatorBrowser = await platform.NewOperatorAsync())
            await operatorBrowser.ApproveAsync(mirrorRequest);
        var mirrorId = Journeys.ShownCredentials(await mirrorOwner.ApplicationActionAsync(mirrorRequest, "Secret")).ClientId;
        var (active, _, activeId, activeSecret) = await platform.ApprovedApplicationAsync("Actif");
        using var _ = active;

        // Three months and a week later, "Actif" still calls the API and sent one report, late.
        platform.Clock.SetUtcNow(platform.DeadlineOf(month.Next.Next).AddDays(7));
        var offres = new Hosting.ApiCaller(platform.Api.Client, activeId, await platform.Api.GetTokenAsync(activeId, activeSecret));
        using (var search = await offres.SearchAsync())
            Assert.True(search.IsSuccessStatusCode, search.StatusCode.ToString());
        using (var late = await (await platform.ReportCallerAsync(activeId, activeSecret)).PutReportAsync(month.ToString(), "offre_id;vues\n048KLTP;4\n"))
            Assert.Equal(HttpStatusCode.Created, late.StatusCode);
        await WaitForLoggedCallAsync(platform, activeId);

        using var operatorView = await platform.NewOperatorAsync();
        var html = await operatorView.GetHtmlAsync("/operateur/conformite");
        var sync = Section(html, "synchronisation", "rapports");
        var reports = Section(html, "rapports", "inactives");
        var idle = Section(html, "inactives", null);

        Assert.Contains(mirrorId, sync, StringComparison.Ordinal);
        Assert.DoesNotContain(activeId, sync, StringComparison.Ordinal);
        Assert.Contains("jamais", sync, StringComparison.Ordinal);

        // Miroir misses its three months; Actif's first month came late, the next two are missing.
        Assert.Equal(3, Occurrences(reports, mirrorId));
        Assert.Equal(3, Occurrences(reports, activeId));
        Assert.Contains($"{ReportCalendar.Label(month)}</a></td>", reports, StringComparison.Ordinal);
        Assert.Contains("reçu en retard", reports, StringComparison.Ordinal);

        Assert.Contains(mirrorId, idle, StringComparison.Ordinal);
        Assert.Contains("jamais (créée le", idle, StringComparison.Ordinal);
        Assert.DoesNotContain(activeId, idle, StringComparison.Ordinal);
    }

    private static async Task WaitForLoggedCallAsync(DeveloperPlatform.DeveloperPlatform platform, string clientId)
    {
        var store = platform.Running.Services.GetRequiredService<IApplicationStore>();
        // The access log is written by a background writer, about once a second.
        for (var attempt = 0; attempt < 100 && await store.GetLastCallAsync(clientId) is null; attempt++)
            await Task.Delay(100);
        Assert.Equal(platform.Clock.GetUtcNow(), await store.GetLastCallAsync(clientId));
    }

    private static string Section(string html, string id, string? nextId)
    {
        var start = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"Section {id} absente : {html}");
        var end = nextId is null ? html.Length : html.IndexOf($"id=\"{nextId}\"", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
