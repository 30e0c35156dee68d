using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Tests.DeveloperPlatform;
using OpenEmploi.Web.Tests.Hosting;
using Microsoft.AspNetCore.Builder;

namespace OpenEmploi.Web.Tests.ConsultationReports;

/// <summary>
/// One running platform per store kind for a test class, the whole host on one fake clock: the
/// developer platform's store and the application store (apply redirects, tokens) read the same
/// time, so a test lives through a month, its deadline and the week after in a few calls. Each
/// test class has its own fixture (and so its own clock); the reminder job and the delivery worker
/// run when a test says.
/// </summary>
public sealed class ReportsPlatformFixture() : FakeClockPlatforms("rapports")
{
    protected override void UseClock(WebApplicationBuilder builder, FakeTimeProvider clock) =>
        builder.Services.AddSingleton<TimeProvider>(clock);

    // The reminder job runs when a test says (RunOnceAsync).
    protected override IEnumerable<string> Settings => ["--OpenEmploi:Reports:RemindersEnabled=false"];
}

/// <summary>The steps of the reports' journeys.</summary>
public static partial class ReportJourneys
{
    /// <summary>
    /// Moves the clock to the next 15th at noon UTC: mid-month on both the UTC and the Paris
    /// calendars, so that the month of an event and of its apply redirects is the same whatever
    /// day the tests run.
    /// </summary>
    public static ReportMonth MoveToMidMonth(this FakeTimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var target = new DateTimeOffset(now.Year, now.Month, 15, 12, 0, 0, TimeSpan.Zero);
        if (target <= now)
            target = target.AddMonths(1);
        clock.SetUtcNow(target);
        return ReportMonth.Of(DateOnly.FromDateTime(target.UtcDateTime));
    }

    /// <summary>The deadline of a month's report, as the platform computes it (ReportCalendarTests pin its values).</summary>
    internal static DateTimeOffset DeadlineOf(this DeveloperPlatform.DeveloperPlatform platform, ReportMonth month) =>
        platform.Running.Services.GetRequiredService<ReportCalendar>().DeadlineOf(month);

    internal static ReportReminders Reminders(this DeveloperPlatform.DeveloperPlatform platform) =>
        platform.Running.Services.GetRequiredService<ReportReminders>();

    /// <summary>Posts the upload form of the reports page as a browser does (multipart, antiforgery token from the page).</summary>
    public static async Task<string> UploadReportAsync(this Browser browser, string requestId, string month, string csv, string fileName = "rapport.csv")
    {
        var page = $"/developpeurs/applications/{requestId}/rapports";
        var html = await browser.GetHtmlAsync(page);
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, "Pas de jeton antifalsification sur la page des rapports : " + html);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(month), "mois" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "fichier", fileName);
        using var response = await browser.Client.PostAsync(new Uri(page, UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>An approved application's token for the reports API.</summary>
    public static async Task<ApiCaller> ReportCallerAsync(this DeveloperPlatform.DeveloperPlatform platform, string clientId, string secret) =>
        new(platform.Api.Client, clientId, await platform.Api.GetTokenAsync(clientId, secret, "api_rapportsconsultationv1"));

    public static Task<HttpResponseMessage> PutReportAsync(this ApiCaller caller, string month, string csv) =>
        caller.SendAsync(HttpMethod.Put, $"/partenaire/rapports-consultation/v1/mois/{month}", new StringContent(csv, Encoding.UTF8, "text/csv"));

    /// <summary>Some offer ids of the demo base.</summary>
    public static async Task<List<string>> OfferIdsAsync(this DeveloperPlatform.DeveloperPlatform platform, int count)
    {
        var ids = new List<string>();
        await foreach (var entry in platform.Api.Offres.StreamOffersAsync())
        {
            ids.Add(entry.Offre.Id);
            if (ids.Count == count)
                break;
        }
        return ids;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
