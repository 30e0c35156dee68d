using System.Net;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

public sealed class AccessRequestJourneyTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Sign_up_confirm_request_approve_within_the_deadline_then_the_issued_credentials_call_the_API(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        using var operatorBrowser = await platform.NewOperatorAsync();

        var requestId = await reuser.RequestAccessAsync("Emploi Rhône");
        var received = await platform.LastMessageAsync(reuser.Email!, "demande_recue");
        Assert.Contains("« Emploi Rhône »", received.Body, StringComparison.Ordinal);
        Assert.Contains("licence acceptée : version 1", received.Body, StringComparison.Ordinal);
        Assert.Contains("Emploi Rhône", (await platform.LastMessageAsync(await OperatorEmailAsync(operatorBrowser), "demande_a_examiner")).Subject, StringComparison.Ordinal);

        // Four days later the request is still within its 5 days: shown with the time left, not overdue.
        platform.Clock.Advance(TimeSpan.FromDays(4));
        var queue = await operatorBrowser.GetHtmlAsync("/operateur/demandes");
        var article = ArticleOf(queue, requestId);
        Assert.Contains("Reste 1 jour", article, StringComparison.Ordinal);
        Assert.DoesNotContain("En retard", article, StringComparison.Ordinal);
        Assert.Contains(Html(Journeys.IntendedUse), article, StringComparison.Ordinal);

        Assert.Contains("Demande acceptée", await operatorBrowser.ApproveAsync(requestId), StringComparison.Ordinal);
        Assert.DoesNotContain(requestId, await operatorBrowser.GetHtmlAsync("/operateur/demandes"), StringComparison.Ordinal);
        var approved = await platform.LastMessageAsync(reuser.Email!, "demande_acceptee");
        Assert.DoesNotMatch("(?<![_0-9a-f])[0-9a-f]{64}", approved.Body); // no secret by e-mail: only the client id's tail is hex

        var (clientId, secret) = Journeys.ShownCredentials(await reuser.ApplicationActionAsync(requestId, "Secret"));
        Assert.Contains(clientId, approved.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, approved.Body, StringComparison.Ordinal);
        // Shown once: a second display is refused, and the page no longer holds it.
        var again = await reuser.ApplicationActionAsync(requestId, "Secret");
        Assert.Contains("Le secret a déjà été affiché", again, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await reuser.GetHtmlAsync($"/developpeurs/applications/{requestId}"), StringComparison.Ordinal);

        var token = await platform.Api.GetTokenAsync(clientId, secret);
        using var search = await new ApiCaller(platform.Api.Client, clientId, token).SearchAsync("range=0-4");
        Assert.True(search.IsSuccessStatusCode, $"Recherche : {(int)search.StatusCode}");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_request_past_its_five_days_is_flagged_overdue_in_the_queue(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        using var operatorBrowser = await platform.NewOperatorAsync();
        var requestId = await reuser.RequestAccessAsync("Veille emploi");

        platform.Clock.Advance(TimeSpan.FromDays(5) + TimeSpan.FromHours(3));

        var article = ArticleOf(await operatorBrowser.GetHtmlAsync("/operateur/demandes"), requestId);
        Assert.Contains("class=\"demande en-retard\"", article, StringComparison.Ordinal);
        Assert.Contains("En retard de 3 heures", article, StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_refusal_needs_a_reason_which_the_reuser_receives_and_issues_no_credentials(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        using var operatorBrowser = await platform.NewOperatorAsync();
        var requestId = await reuser.RequestAccessAsync("Revente d'offres");

        var withoutReason = await operatorBrowser.RefuseAsync(requestId, "   ");
        Assert.Contains("Le motif du refus est obligatoire", withoutReason, StringComparison.Ordinal);
        Assert.Contains(requestId, withoutReason, StringComparison.Ordinal); // still in the queue

        const string reason = "La revente des offres est interdite par l'article 5.1 de la licence.";
        Assert.Contains("Demande refusée", await operatorBrowser.RefuseAsync(requestId, reason), StringComparison.Ordinal);

        var refused = await platform.LastMessageAsync(reuser.Email!, "demande_refusee");
        Assert.Contains(reason, refused.Body, StringComparison.Ordinal);
        var page = await reuser.GetHtmlAsync($"/developpeurs/applications/{requestId}");
        Assert.Contains("Refusée le", page, StringComparison.Ordinal);
        Assert.Contains(Html(reason), page, StringComparison.Ordinal);
        Assert.DoesNotContain("Identifiant client", page, StringComparison.Ordinal);
        Assert.Contains("n&#x27;a pas (encore) été acceptée", await reuser.ApplicationActionAsync(requestId, "Secret"), StringComparison.Ordinal);
        // A decided request cannot be decided again.
        Assert.Contains("déjà été traitée", await operatorBrowser.ApproveAsync(requestId), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_request_form_says_in_french_what_is_wrong_with_each_field_and_keeps_what_was_typed(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();

        using var response = await reuser.SubmitAsync("/developpeurs/applications/nouvelle",
            new() { ["Name"] = "Mon appli", ["IntendedUse"] = "Afficher des offres.", ["LicenceVersion"] = "1" });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le formulaire contient 3 erreurs", html, StringComparison.Ordinal);
        Assert.Contains("Choisissez au moins une API.", html, StringComparison.Ordinal);
        Assert.Contains("Décrivez l&#x27;usage prévu des données en au moins 50 caractères (20 saisis)", html, StringComparison.Ordinal);
        Assert.Contains("Acceptez la licence de réutilisation (version 1)", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Mon appli\"", html, StringComparison.Ordinal);
        Assert.Contains(">Afficher des offres.</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mon appli", await reuser.GetHtmlAsync("/developpeurs/applications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_need_the_right_account_and_forms_need_their_antiforgery_token()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        using var anonymous = platform.NewBrowser();
        using var toSignIn = await anonymous.GetAsync("/developpeurs/applications");
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.StartsWith("/compte/connexion?retour=", toSignIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var reuser = await platform.NewReuserAsync();
        using var queue = await reuser.GetAsync("/operateur/demandes");
        Assert.Equal(HttpStatusCode.Redirect, queue.StatusCode);
        Assert.StartsWith("/compte/acces-refuse", queue.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var forged = await anonymous.Client.PostAsync(new Uri("/compte/inscription", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@exemple.fr", ["Password"] = "p", ["Confirmation"] = "p" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    private static Task<string> OperatorEmailAsync(Browser operatorBrowser) =>
        Task.FromResult(operatorBrowser.Email ?? throw new InvalidOperationException("Opérateur non connecté."));

    /// <summary>Text as the pages write it: accents as they are, apostrophes encoded.</summary>
    private static string Html(string text) => text.Replace("'", "&#x27;", StringComparison.Ordinal);

    /// <summary>The queue's article for one request.</summary>
    private static string ArticleOf(string html, string requestId)
    {
        var label = html.IndexOf($"aria-labelledby=\"demande-{requestId}\"", StringComparison.Ordinal);
        Assert.True(label >= 0, $"Demande {requestId} absente de la file.");
        var start = html.LastIndexOf("<article", label, StringComparison.Ordinal);
        var end = html.IndexOf("</article>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
