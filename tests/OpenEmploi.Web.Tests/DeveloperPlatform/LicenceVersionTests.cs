using System.Net;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>
/// Licence article 2 over HTTP: a published version is announced; silence is acceptance on the
/// 16th Paris day, in force on the 17th; an explicit acceptance is in force the next day; a refusal
/// ends the application's access.
/// </summary>
public sealed class LicenceVersionTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    private const string Scope = "api_offresdemploiv2 o2dsoffre";

    private static string NewText() => $"Licence de réutilisation — nouvelle version {Guid.NewGuid():N}\n\nArticle 1 — Objet. Texte révisé.";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_silent_reuser_accepts_on_day_16_and_the_version_is_in_force_on_day_17_an_explicit_one_the_day_after(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (silent, silentRequest, silentClient, silentSecret) = await platform.ApprovedApplicationAsync("Silencieuse");
        var (accepting, acceptingRequest, acceptingClient, _) = await platform.ApprovedApplicationAsync("Acceptante");
        using var _1 = silent;
        using var _2 = accepting;
        using var operatorBrowser = await platform.NewOperatorAsync();
        var previous = int.Parse(System.Text.RegularExpressions.Regex.Match(
            await silent.PageAsync($"/developpeurs/applications/{silentRequest}"), "Licence en vigueur</dt><dd>version (\\d+)").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);

        var version = await operatorBrowser.PublishLicenceAsync(NewText());
        var published = platform.Today();

        Assert.Equal(previous + 1, version);
        var announce = await platform.LastMessageAsync(silent.Email!, "licence_publiee");
        Assert.Contains("« Silencieuse »", announce.Body, StringComparison.Ordinal);
        Assert.Contains("/developpeurs/licence", announce.Body, StringComparison.Ordinal);
        var licencePage = await silent.PageAsync("/developpeurs/licence");
        Assert.Contains($"Version {version} en attente de réponse", licencePage, StringComparison.Ordinal);
        Assert.Contains($"Accepter la version {version}", licencePage, StringComparison.Ordinal);
        Assert.Contains($"Texte en vigueur : version {version}", licencePage, StringComparison.Ordinal);
        using var visitor = platform.NewBrowser();
        var publicPage = await visitor.PageAsync("/licence");
        Assert.Contains($"Version {version} de la licence</h2>", publicPage, StringComparison.Ordinal);
        Assert.Contains($"remplacée par la version {version}", publicPage, StringComparison.Ordinal);

        // Day 3: the other reuser accepts; it applies from day 4.
        platform.MoveTo(published.AddDays(3), TimeSpan.FromHours(10));
        Assert.Contains("elle s'applique à partir de demain", await accepting.AnswerLicenceAsync("Accepter", acceptingClient, version), StringComparison.Ordinal);
        var acceptedPage = await accepting.PageAsync($"/developpeurs/applications/{acceptingRequest}");
        Assert.Contains($"Licence en vigueur</dt><dd>version {previous},", acceptedPage, StringComparison.Ordinal);
        Assert.Contains($"Version acceptée à venir</dt><dd>version {version}, acceptée expressément", acceptedPage, StringComparison.Ordinal);
        platform.MoveTo(published.AddDays(4), TimeSpan.FromHours(1));
        Assert.Contains($"Licence en vigueur</dt><dd>version {version}, acceptée expressément",
            await accepting.PageAsync($"/developpeurs/applications/{acceptingRequest}"), StringComparison.Ordinal);

        // Day 15, late evening: still the silent reuser's to refuse; the job accepts nothing.
        platform.MoveTo(published.AddDays(15), TimeSpan.FromHours(23.5));
        await platform.RunLicenceJobAsync();
        Assert.Equal(0, await platform.CountMessagesAsync(silent.Email!, "licence_acceptee_tacitement"));
        Assert.Contains($"Refuser la version {version}", await silent.PageAsync("/developpeurs/licence"), StringComparison.Ordinal);

        // Day 16: accepted by silence, not yet in force; refusing is too late.
        platform.MoveTo(published.AddDays(16), TimeSpan.FromHours(0.5));
        var day16 = await platform.RunLicenceJobAsync();
        Assert.True(day16.TacitAcceptances >= 1);
        Assert.Equal(1, await platform.CountMessagesAsync(silent.Email!, "licence_acceptee_tacitement"));
        Assert.Equal(0, await platform.CountMessagesAsync(accepting.Email!, "licence_acceptee_tacitement"));
        var day16Page = await silent.PageAsync($"/developpeurs/applications/{silentRequest}");
        Assert.Contains($"Licence en vigueur</dt><dd>version {previous},", day16Page, StringComparison.Ordinal);
        Assert.Contains($"Version acceptée à venir</dt><dd>version {version}, acceptée tacitement", day16Page, StringComparison.Ordinal);
        Assert.Contains("Le délai de refus", await silent.AnswerLicenceAsync("Refuser", silentClient, version), StringComparison.Ordinal);

        // Day 17: in force; the application works as before.
        platform.MoveTo(published.AddDays(17), TimeSpan.FromHours(0.5));
        Assert.Contains($"Licence en vigueur</dt><dd>version {version}, acceptée tacitement",
            await silent.PageAsync($"/developpeurs/applications/{silentRequest}"), StringComparison.Ordinal);
        var operatorView = await operatorBrowser.PageAsync("/operateur/licence");
        Assert.Contains(silentClient, operatorView, StringComparison.Ordinal);
        Assert.Contains("acceptée tacitement", operatorView, StringComparison.Ordinal);
        Assert.Contains("acceptée expressément", operatorView, StringComparison.Ordinal);
        using var token = await platform.Api.RequestTokenAsync(silentClient, silentSecret, Scope);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_reuser_who_refuses_a_new_version_is_cut_off(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (reuser, requestId, clientId, secret) = await platform.ApprovedApplicationAsync("Refusante");
        using var _ = reuser;
        var caller = new ApiCaller(platform.Api.Client, clientId, await platform.Api.GetTokenAsync(clientId, secret));
        using var operatorBrowser = await platform.NewOperatorAsync();
        var version = await operatorBrowser.PublishLicenceAsync(NewText());

        var unconfirmed = await reuser.AnswerLicenceAsync("Refuser", clientId, version, confirm: false);
        Assert.Contains("Cochez la case de confirmation", unconfirmed, StringComparison.Ordinal);
        using (var still = await caller.SearchAsync("range=0-0"))
            Assert.True(still.IsSuccessStatusCode);

        var refused = await reuser.AnswerLicenceAsync("Refuser", clientId, version);
        Assert.Contains($"Version {version} refusée : la licence de {clientId} a pris fin", refused, StringComparison.Ordinal);
        var told = (await platform.LastMessageAsync(reuser.Email!, "licence_refusee")).Body;
        Assert.Contains($"Vous avez refusé la version {version} de la licence pour l'application « Refusante »", told, StringComparison.Ordinal);
        Assert.Contains("ses identifiants sont révoqués", told, StringComparison.Ordinal);

        using (var call = await caller.SearchAsync("range=0-0"))
            Assert.Equal(HttpStatusCode.Forbidden, call.StatusCode);
        using (var token = await platform.Api.RequestTokenAsync(clientId, secret, Scope))
            Assert.Equal(("unauthorized_client", "Licence résiliée : l'application n'a plus accès aux API."), await LicenceJourneys.TokenErrorAsync(token));
        var detail = await reuser.PageAsync($"/developpeurs/applications/{requestId}");
        Assert.Contains($"Licence refusée</dt><dd>version {version}", detail, StringComparison.Ordinal);
        Assert.Contains("refus d'une nouvelle version de la licence", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Renouveler le secret", detail, StringComparison.Ordinal);
        // A second answer changes nothing.
        Assert.Contains("a pris fin", await reuser.AnswerLicenceAsync("Accepter", clientId, version), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Publishing_needs_a_text_that_differs_from_the_current_one_and_keeps_what_was_typed(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var operatorBrowser = await platform.NewOperatorAsync();
        var text = NewText();
        await operatorBrowser.PublishLicenceAsync(text);

        var empty = System.Net.WebUtility.HtmlDecode(await operatorBrowser.SubmitForHtmlAsync("/operateur/licence", new() { ["texte"] = "  " }, "/operateur/licence?handler=Publier"));
        var same = System.Net.WebUtility.HtmlDecode(await operatorBrowser.SubmitForHtmlAsync("/operateur/licence", new() { ["texte"] = text }, "/operateur/licence?handler=Publier"));

        Assert.Contains("Le texte de la nouvelle version est vide.", empty, StringComparison.Ordinal);
        Assert.Contains("Le texte est identique à la version", same, StringComparison.Ordinal);
        Assert.Contains(">" + text + "</textarea>", same, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", same, StringComparison.Ordinal);
        using var reuser = platform.NewBrowser();
        using var forbidden = await reuser.GetAsync("/operateur/licence");
        Assert.NotEqual(HttpStatusCode.OK, forbidden.StatusCode);
    }
}
