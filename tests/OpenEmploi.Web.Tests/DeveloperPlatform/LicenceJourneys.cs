using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>The licence processes as the operator's and the reusers' browsers take them, and the daily job on the test clock.</summary>
public static partial class LicenceJourneys
{
    /// <summary>Publishes a new version from /operateur/licence; returns its number.</summary>
    public static async Task<int> PublishLicenceAsync(this Browser operatorBrowser, string text)
    {
        var html = WebUtility.HtmlDecode(await operatorBrowser.SubmitForHtmlAsync("/operateur/licence", new() { ["texte"] = text }, "/operateur/licence?handler=Publier"));
        var published = PublishedVersion().Match(html);
        Assert.True(published.Success, "Publication refusée : " + html);
        return int.Parse(published.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Accepter or Refuser on /developpeurs/licence; the page answered, HTML-decoded.</summary>
    public static async Task<string> AnswerLicenceAsync(this Browser reuser, string handler, string clientId, int version, bool confirm = true)
    {
        var fields = new Dictionary<string, string> { ["clientId"] = clientId, ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (confirm)
            fields["confirme"] = "true";
        return WebUtility.HtmlDecode(await reuser.SubmitForHtmlAsync("/developpeurs/licence", fields, "/developpeurs/licence?handler=" + handler));
    }

    /// <summary>A POST handler of the operator's page of an application (Suspendre, Retablir, MettreEnDemeure, Lever).</summary>
    public static async Task<string> OperatorActionAsync(this Browser operatorBrowser, string clientId, string handler, Dictionary<string, string>? fields = null)
    {
        var page = "/operateur/applications/" + Uri.EscapeDataString(clientId);
        return WebUtility.HtmlDecode(await operatorBrowser.SubmitForHtmlAsync(page, fields ?? [], page + "?handler=" + handler));
    }

    public static async Task<string> PageAsync(this Browser browser, string path) => WebUtility.HtmlDecode(await browser.GetHtmlAsync(path));

    /// <summary>The id of the open notice shown on the operator's page of an application.</summary>
    public static string OpenNoticeId(string operatorPage)
    {
        var match = NoticeId().Match(operatorPage);
        Assert.True(match.Success, "Aucune mise en demeure à lever : " + operatorPage);
        return match.Groups[1].Value;
    }

    /// <summary>Moves the developer platform's clock to <paramref name="time"/> of the Paris day <paramref name="day"/>.</summary>
    public static void MoveTo(this DeveloperPlatform platform, DateOnly day, TimeSpan time)
    {
        var target = ParisCalendar.StartOf(day) + time;
        Assert.True(target >= platform.Clock.GetUtcNow(), $"Le test veut reculer l'horloge au {target:O}.");
        platform.Clock.SetUtcNow(target);
    }

    public static DateOnly Today(this DeveloperPlatform platform) => ParisCalendar.DayOf(platform.Clock.GetUtcNow());

    internal static LicenceDailyJob Job(this DeveloperPlatform platform) => platform.Running.Services.GetRequiredService<LicenceDailyJob>();

    /// <summary>Today's run of the daily job; the test fails when it had already run today.</summary>
    internal static async Task<LicenceJobRun> RunLicenceJobAsync(this DeveloperPlatform platform)
    {
        var run = await platform.Job().RunOnceAsync();
        Assert.NotNull(run);
        return run;
    }

    /// <summary>The OAuth2 error of a refused token request: its code and its description.</summary>
    public static async Task<(string Error, string Description)> TokenErrorAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (body.RootElement.GetProperty("error").GetString()!, body.RootElement.GetProperty("error_description").GetString()!);
    }

    public static async Task<int> CountMessagesAsync(this DeveloperPlatform platform, string email, string kind) =>
        (await platform.Outbox.ListByRecipientAsync(email)).Count(message => message.Kind == kind);

    [GeneratedRegex("Version (\\d+) publiée")]
    private static partial Regex PublishedVersion();

    [GeneratedRegex("name=\"noticeId\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex NoticeId();
}
