using System.Net;
using System.Text.RegularExpressions;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.DeveloperPlatform;

namespace OpenEmploi.Web.Tests.ServicesCatalogue;

/// <summary>
/// The services catalogue over HTTP on both stores: a reuser's proposal checked field by field, the
/// operator's approval or reasoned rejection told to the submitter through the outbox, and visitors
/// who see a service only once approved, found by audience, theme and words.
/// </summary>
public sealed partial class ServicesCatalogueTests(DeveloperPlatformFixture fixture) : IClassFixture<DeveloperPlatformFixture>
{
    private const string Page = "/services/proposer";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_proposal_with_bad_fields_gets_a_french_error_for_each_and_nothing_is_stored(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();

        using var empty = await reuser.SubmitAsync(Page, new() { ["Name"] = "  ", ["Description"] = "Trop court", ["Url"] = "mon-service" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var html = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Le formulaire contient 6 erreurs", html, StringComparison.Ordinal);
        Assert.Contains("Indiquez le nom du service.", html, StringComparison.Ordinal);
        Assert.Contains("Décrivez le service en au moins 30 caractères (10 saisis)", html, StringComparison.Ordinal);
        Assert.Contains("« mon-service » n'est pas une adresse web complète", html, StringComparison.Ordinal);
        Assert.Contains("Choisissez au moins un public.", html, StringComparison.Ordinal);
        Assert.Contains("Choisissez au moins un thème.", html, StringComparison.Ordinal);
        Assert.Contains("La licence de réutilisation exige que le service soit gratuit pour les demandeurs d'emploi", html, StringComparison.Ordinal);
        // What was typed stays in the form.
        Assert.Contains("value=\"mon-service\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"Url-aide Url-erreur\"", html, StringComparison.Ordinal);

        // Everything right but the statement of gratuity and an unknown theme.
        var name = "Service " + Guid.NewGuid().ToString("N")[..8];
        using var notFree = await reuser.SubmitAsync(Page, Fields(name, free: false),
            repeated: [new("Audiences", "demandeurs"), new("Themes", "astrologie")]);
        var notFreeHtml = WebUtility.HtmlDecode(await notFree.Content.ReadAsStringAsync());
        Assert.Contains("Le formulaire contient 2 erreurs", notFreeHtml, StringComparison.Ordinal);
        Assert.Contains("Thème inconnu : astrologie.", notFreeHtml, StringComparison.Ordinal);
        Assert.Contains("gratuit pour les demandeurs d'emploi", notFreeHtml, StringComparison.Ordinal);

        Assert.DoesNotContain(name, await reuser.GetHtmlAsync(Page), StringComparison.Ordinal);
        Assert.DoesNotContain(await platform.Outbox.ListByRecipientAsync(reuser.Email!), m => m.Kind == "service_recu");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_approved_service_is_listed_and_found_by_audience_theme_and_words_and_not_before(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        using var operatorBrowser = await platform.NewOperatorAsync();
        using var visitor = platform.NewBrowser();
        var name = "Alternance Facile " + Guid.NewGuid().ToString("N")[..8];

        await reuser.ProposeServiceAsync(name, ["demandeurs", "jeunes"], ["formation", "recherche-emploi"]);

        Assert.Contains("service_recu", (await platform.LastMessageAsync(reuser.Email!, "service_recu")).Kind, StringComparison.Ordinal);
        var toReview = await platform.LastMessageAsync(operatorBrowser.Email!, "service_a_examiner");
        Assert.Contains(name, toReview.Subject, StringComparison.Ordinal);
        Assert.Contains("/operateur/services", toReview.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(name, await visitor.GetHtmlAsync("/services"), StringComparison.Ordinal);
        Assert.Contains("En attente d'examen", await reuser.GetHtmlAsync(Page), StringComparison.Ordinal);
        Assert.Contains(name, await operatorBrowser.GetHtmlAsync("/operateur/services"), StringComparison.Ordinal);

        Assert.Contains("Service accepté", await operatorBrowser.ApproveServiceAsync(name), StringComparison.Ordinal);

        Assert.DoesNotContain(name, await operatorBrowser.GetHtmlAsync("/operateur/services"), StringComparison.Ordinal);
        var published = await platform.LastMessageAsync(reuser.Email!, "service_publie");
        Assert.Contains(name, published.Subject, StringComparison.Ordinal);
        Assert.Contains("/services", published.Body, StringComparison.Ordinal);
        Assert.Contains(name, await visitor.GetHtmlAsync("/services"), StringComparison.Ordinal);
        Assert.Contains(name, await visitor.GetHtmlAsync("/services?public=jeunes"), StringComparison.Ordinal);
        Assert.Contains(name, await visitor.GetHtmlAsync("/services?theme=formation&public=demandeurs"), StringComparison.Ordinal);
        Assert.Contains(name, await visitor.GetHtmlAsync("/services?q=ALTERNANCE+facile"), StringComparison.Ordinal);
        Assert.DoesNotContain(name, await visitor.GetHtmlAsync("/services?public=employeurs"), StringComparison.Ordinal);
        Assert.DoesNotContain(name, await visitor.GetHtmlAsync("/services?theme=recrutement"), StringComparison.Ordinal);
        Assert.DoesNotContain(name, await visitor.GetHtmlAsync("/services?q=alternance+boulangerie"), StringComparison.Ordinal);
        Assert.Contains("Publié", await reuser.GetHtmlAsync(Page), StringComparison.Ordinal);

        // Decided once: a second approval (another tab) is refused.
        Assert.Contains("déjà été examiné", WebUtility.HtmlDecode(await operatorBrowser.ApproveServiceAsync(name)), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_rejection_needs_a_reason_which_the_submitter_receives_and_the_service_stays_hidden(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var reuser = await platform.NewReuserAsync();
        using var operatorBrowser = await platform.NewOperatorAsync();
        var name = "Annuaire payant " + Guid.NewGuid().ToString("N")[..8];
        await reuser.ProposeServiceAsync(name, ["employeurs"], ["recrutement"]);

        var withoutReason = WebUtility.HtmlDecode(await operatorBrowser.RejectServiceAsync(name, "  "));
        Assert.Contains("Le motif du refus est obligatoire", withoutReason, StringComparison.Ordinal);
        Assert.Contains(name, withoutReason, StringComparison.Ordinal);

        const string reason = "Le site demande un abonnement aux candidats : la licence exige la gratuité pour les demandeurs d'emploi.";
        Assert.Contains("Service refusé", await operatorBrowser.RejectServiceAsync(name, reason), StringComparison.Ordinal);

        var rejected = await platform.LastMessageAsync(reuser.Email!, "service_refuse");
        Assert.Contains(reason, rejected.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(name, await platform.NewBrowser().GetHtmlAsync("/services"), StringComparison.Ordinal);
        Assert.Contains("Refusé : " + reason, WebUtility.HtmlDecode(await reuser.GetHtmlAsync(Page)), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Proposing_needs_an_account_and_moderating_needs_the_operator_role(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var visitor = platform.NewBrowser();
        using var reuser = await platform.NewReuserAsync();

        using var anonymous = await visitor.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/compte/connexion", anonymous.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var notOperator = await reuser.GetAsync("/operateur/services");
        Assert.NotEqual(HttpStatusCode.OK, notOperator.StatusCode);
    }

    internal static Dictionary<string, string> Fields(string name, bool free = true)
    {
        var fields = new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Description"] = "Un site qui rassemble les offres d'alternance de la région et aide à préparer sa candidature.",
            ["Url"] = "https://alternance-facile.example.fr/",
        };
        if (free)
            fields["FreeForJobSeekers"] = "true";
        return fields;
    }
}

/// <summary>The services catalogue's steps as browsers take them.</summary>
internal static partial class ServiceJourneys
{
    /// <summary>Proposes a service (its name unique to the test) with the given audiences and themes.</summary>
    public static async Task ProposeServiceAsync(this Browser reuser, string name, string[] audiences, string[] themes)
    {
        using var response = await reuser.SubmitAsync("/services/proposer", ServicesCatalogueTests.Fields(name),
            repeated: [.. audiences.Select(a => new KeyValuePair<string, string>("Audiences", a)), .. themes.Select(t => new KeyValuePair<string, string>("Themes", t))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/services/proposer?envoye=true", response.Headers.Location!.OriginalString);
    }

    public static async Task<string> ApproveServiceAsync(this Browser operatorBrowser, string name) =>
        await operatorBrowser.SubmitForHtmlAsync("/operateur/services", new() { ["id"] = await IdOfAsync(operatorBrowser, name) }, "/operateur/services?handler=Approuver");

    public static async Task<string> RejectServiceAsync(this Browser operatorBrowser, string name, string reason) =>
        await operatorBrowser.SubmitForHtmlAsync("/operateur/services", new() { ["id"] = await IdOfAsync(operatorBrowser, name), ["motif"] = reason }, "/operateur/services?handler=Refuser");

    private static readonly Dictionary<string, string> Known = [];

    // The id of a service in the operator's queue, by its (unique) name; remembered so that a decided service can be posted again.
    private static async Task<string> IdOfAsync(Browser operatorBrowser, string name)
    {
        lock (Known)
        {
            if (Known.TryGetValue(name, out var known))
                return known;
        }
        var queue = await operatorBrowser.GetHtmlAsync("/operateur/services");
        var match = Regex.Match(queue, "<h2 id=\"service-([0-9a-f]{32})\">" + Regex.Escape(WebUtility.HtmlEncode(name)) + "</h2>");
        Assert.True(match.Success, $"Service « {name} » absent de la file de l'opérateur.");
        lock (Known)
            Known[name] = match.Groups[1].Value;
        return match.Groups[1].Value;
    }
}
