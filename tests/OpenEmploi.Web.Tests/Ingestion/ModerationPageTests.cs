using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.DepotOffres;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Tests.DeveloperPlatform;
using static OpenEmploi.Web.Tests.Ingestion.IngestionPlatform;

namespace OpenEmploi.Web.Tests.Ingestion;

/// <summary>
/// The operator's moderation page over HTTP: the held offers with their score and reasons, 20 a
/// page; approving publishes, rejecting needs a reason and keeps it; a decision taken meanwhile
/// is reported; every form carries its antiforgery token.
/// </summary>
public sealed class ModerationPageTests(IngestionPlatformFixture fixture) : IClassFixture<IngestionPlatformFixture>
{
    private const string Page = "/operateur/moderation";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_operator_sees_held_offers_page_by_page_and_approves_or_rejects_them(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await platform.PosterAsync();
        var references = Enumerable.Range(0, 21).Select(_ => PostedOffer.Unique()).ToList();
        var decided = await platform.DecidedAsync(poster, await PostAcceptedAsync(poster,
            PostedOffer.Batch([.. references.Select(reference => PostedOffer.Json(reference, extra: PostedOffer.Fraud))])));
        Assert.All(decided, record => Assert.Equal("hold", record.GetProperty("decision").GetString()));
        var source = PostingSource.CodeOf(poster.ClientId);
        using var operatorBrowser = await OperatorAsync(platform);

        var first = await operatorBrowser.PageAsync(Page);
        var total = (await platform.Running.Services.GetRequiredService<IIngestionInbox>().ListHeldAsync(0, 1)).Total;
        Assert.Contains($"{total} offre(s) en attente, les plus anciennes d'abord — page 1 sur {(total + 19) / 20}.", first, StringComparison.Ordinal);
        Assert.Contains("Score de fraude</dt><dd>", first, StringComparison.Ordinal);
        Assert.Contains("Fraude présumée", first, StringComparison.Ordinal);
        Assert.Contains("Boulanger / Boulangère", first, StringComparison.Ordinal);
        Assert.Contains($"{Page}?numero=1\">Page suivante", first, StringComparison.Ordinal);
        var pages = first + await operatorBrowser.PageAsync(Page + "?numero=1");
        Assert.All(references, reference => Assert.Contains($"<code>{reference}</code>", pages, StringComparison.Ordinal));

        var (toReject, toApprove) = (references[0], references[1]);
        var withoutReason = await DecideAsync(operatorBrowser, "Rejeter", source, toReject, "  ");
        Assert.Contains($"Offre {source}/{toReject} : le motif du refus est obligatoire.", withoutReason, StringComparison.Ordinal);
        Assert.Equal(IngestionStatus.Held, (await platform.Ingestion.GetRowAsync(source, toReject))!.Status);

        var rejected = await DecideAsync(operatorBrowser, "Rejeter", source, toReject, "Promesse de gain irréaliste");
        Assert.Contains($"Offre {source}/{toReject} refusée : Promesse de gain irréaliste", rejected, StringComparison.Ordinal);
        var row = await platform.Ingestion.GetRowAsync(source, toReject);
        Assert.Equal(IngestionStatus.Rejected, row!.Status);
        Assert.Contains("Refusée par la modération : Promesse de gain irréaliste", row.Reasons);
        Assert.DoesNotContain($"<code>{toReject}</code>", rejected, StringComparison.Ordinal);

        var approved = await DecideAsync(operatorBrowser, "Approuver", source, toApprove, null);
        var offreId = System.Text.RegularExpressions.Regex.Match(approved, $"Offre {source}/{toApprove} approuvée : publiée sous l'identifiant (\\w+)\\.").Groups[1].Value;
        Assert.NotEmpty(offreId);
        Assert.NotNull(await platform.DetailAsync(offreId));

        // Decided meanwhile (another operator, another tab): said so, nothing done twice.
        var again = await DecideAsync(operatorBrowser, "Approuver", source, toReject, null);
        Assert.Contains($"L'offre {source}/{toReject} n'est pas en attente de modération", again, StringComparison.Ordinal);
        Assert.Equal(IngestionStatus.Rejected, (await platform.Ingestion.GetRowAsync(source, toReject))!.Status);
    }

    [Theory, StoreData(StoreKind.Sqlite)]
    public async Task Decisions_need_the_antiforgery_token_and_the_operator_role(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var operatorBrowser = await OperatorAsync(platform);
        using var forged = await operatorBrowser.Client.PostAsync(new Uri(Page + "?handler=Approuver", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["source"] = "x", ["reference"] = "y" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        using var anonymous = new Browser(platform.Running.Client.BaseAddress!);
        using var redirected = await anonymous.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Contains("/compte/connexion", redirected.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static async Task<Browser> OperatorAsync(IngestionPlatform platform)
    {
        var email = DeveloperPlatform.DeveloperPlatform.NewEmail("moderatrice");
        var services = platform.Running.Services;
        await OperatorAccounts.CreateAsync(
            services.GetRequiredService<IAccountStore>(), services.GetRequiredKeyedService<TimeProvider>(DeveloperPlatformFeature.ClockKey),
            email, DeveloperPlatform.DeveloperPlatform.Password, CancellationToken.None);
        var browser = new Browser(platform.Running.Client.BaseAddress!);
        await browser.SignInAsync(email, DeveloperPlatform.DeveloperPlatform.Password, expectSuccess: true);
        return browser;
    }

    private static async Task<string> DecideAsync(Browser operatorBrowser, string handler, string source, string reference, string? reason)
    {
        var fields = new Dictionary<string, string> { ["source"] = source, ["reference"] = reference };
        if (reason is not null)
            fields["motif"] = reason;
        return WebUtility.HtmlDecode(await operatorBrowser.SubmitForHtmlAsync(Page, fields, Page + "?handler=" + handler));
    }
}
