using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;
using OpenEmploi.CompanyFinder.Search;
using OpenEmploi.Storage.CompanyFinder;

namespace OpenEmploi.Browser.Tests;

/// <summary>
/// Issue #10: the operator records a company's requests (/operateur/entreprises), then a job seeker
/// looks for companies likely to hire a waiter around Lyon (/entreprises): appellation suggestions,
/// stars and distances, the map, an opted-out company absent, a boosted one first, an establishment
/// in partial diffusion without its name — with JavaScript (axe on every page) and without.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CompanyFinderJourneyTests(PortalFixture portal)
{
    // Lyon's centre in the referential.
    private const double LyonLat = 45.758;
    private const double LyonLon = 4.8351;

    private async Task PublishAsync()
    {
        var store = portal.Services.GetRequiredService<ICompanyFinderStore>();
        static ListedCompany Company(string siret, string name, double kmNorth, double score, double waiter, bool partial = false) =>
            new(siret, name, null, "56.10A", "12", "69123", LyonLat + (kmNorth / 111.195), LyonLon, partial, score,
                new Dictionary<string, double>(StringComparer.Ordinal) { ["G1803"] = waiter });
        await store.PublishPredictionAsync("ancre (régression linéaire)", new DateOnly(2026, 11, 1),
        [
            Company("81000000000011", "Brasserie des Terreaux", 1, 85, 80),
            Company("81000000000029", "Bouchon des Canuts", 2, 70, 60),
            Company("81000000000037", "Restaurant qui se retire", 1.5, 90, 90),
            Company("81000000000045", "Nom à ne pas montrer", 2.5, 65, 50, partial: true),
            Company("81000000000052", "Petite cantine", 3, 55, 22),
        ]);
    }

    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_operator_records_a_companys_requests_and_a_job_seeker_finds_companies_that_hire(bool javaScript)
    {
        await PublishAsync();

        await using (var operatorJourney = await portal.StartJourneyAsync(javaScript ? "entreprises-operateur" : "entreprises-operateur-sans-javascript", javaScript))
        {
            var page = operatorJourney.Page;
            var operatorEmail = await portal.CreateOperatorAsync();
            await operatorJourney.GoToAsync("/compte/connexion", "connexion");
            await operatorJourney.SignInAsync(operatorEmail, "connecte");
            await page.GetByRole(AriaRole.Link, new() { Name = "Entreprises", Exact = true }).ClickAsync();
            await operatorJourney.CheckAsync("entreprises");

            // One company leaves the finder.
            await page.GetByLabel("SIRET de l'établissement").FillAsync("810 000 000 00037");
            await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Établissement 81000000000037" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Restaurant qui se retire")).ToBeVisibleAsync();
            await page.GetByLabel("Retirer l'entreprise de la recherche et de l'API").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les demandes" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("n'apparaît plus dans la recherche");
            await operatorJourney.CheckAsync("retrait-enregistre");

            // Another boosts waiters and takes e-mail applications; a wrong place is refused with its line.
            await page.GetByLabel("SIRET de l'établissement").FillAsync("81000000000052");
            await page.GetByRole(AriaRole.Button, new() { Name = "Afficher" }).ClickAsync();
            await page.GetByLabel("Métiers mis en avant (codes ROME)").FillAsync("G1803");
            await page.GetByLabel("Adresse e-mail qui reçoit les candidatures spontanées (facultatif)").FillAsync("embauche@cantine.example");
            await page.GetByLabel("Lieux supplémentaires, jusqu'à une date").FillAsync("69123 2099-12-31\n99999 2099-12-31");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les demandes" }).ClickAsync();
            await Assertions.Expect(page.Locator("#lieux-erreur")).ToContainTextAsync("Ligne 2 : le code commune « 99999 » est inconnu.");
            await Assertions.Expect(page.GetByLabel("Métiers mis en avant (codes ROME)")).ToHaveValueAsync("G1803");
            await operatorJourney.CheckAsync("erreur-lieu");
            await page.GetByLabel("Lieux supplémentaires, jusqu'à une date").FillAsync("");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les demandes" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("la recherche en tient compte");
            await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "81000000000052" })).ToContainTextAsync("G1803");
            await operatorJourney.CheckAsync("mise-en-avant");
        }

        await using var journey = await portal.StartJourneyAsync(javaScript ? "entreprises" : "entreprises-sans-javascript", javaScript);
        var seeker = journey.Page;
        await journey.GoToAsync("/", "accueil");
        await seeker.GetByRole(AriaRole.Link, new() { Name = "Entreprises qui recrutent" }).ClickAsync();
        await journey.CheckAsync("formulaire");
        var form = seeker.GetByRole(AriaRole.Search, new() { Name = "Rechercher des entreprises qui recrutent" });
        var metier = form.GetByLabel("Métier recherché");
        if (javaScript)
        {
            await metier.PressSequentiallyAsync("serveur en rest", new() { Delay = 30 });
            await Assertions.Expect(seeker.Locator("#metier-suggestions option[value='Serveur / Serveuse en restauration']")).ToHaveCountAsync(1);
        }
        await metier.FillAsync("Serveur / Serveuse en restauration");
        await form.GetByLabel("Lieu : commune ou code postal").FillAsync("Lyon");
        await form.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();

        await Assertions.Expect(seeker.Locator("#resultats-titre")).ToContainTextAsync("4 entreprise(s) susceptible(s) d'embaucher");
        var results = seeker.Locator("li.entreprise");
        await Assertions.Expect(results).ToHaveCountAsync(4);
        // The boosted company first, whatever its score; the opted-out one nowhere; the partial one nameless.
        await Assertions.Expect(results.First).ToContainTextAsync("Petite cantine");
        await Assertions.Expect(results.First.GetByRole(AriaRole.Link, new() { Name = "Envoyer une candidature par e-mail" })).ToHaveAttributeAsync("href", "mailto:embauche@cantine.example");
        await Assertions.Expect(seeker.GetByText("Restaurant qui se retire")).ToHaveCountAsync(0);
        await Assertions.Expect(seeker.GetByText("Nom à ne pas montrer")).ToHaveCountAsync(0);
        await Assertions.Expect(seeker.GetByRole(AriaRole.Heading, new() { Name = "Établissement non diffusible" })).ToHaveCountAsync(1);
        await Assertions.Expect(results.Filter(new() { HasText = "Brasserie des Terreaux" })).ToContainTextAsync("étoiles sur 5");
        await Assertions.Expect(results.Filter(new() { HasText = "Brasserie des Terreaux" })).ToContainTextAsync("à 1 km");
        await Assertions.Expect(seeker.Locator("svg.carte-entreprises g.point")).ToHaveCountAsync(4);
        await Assertions.Expect(seeker.GetByRole(AriaRole.Heading, new() { Name = "Réussir sa candidature spontanée" })).ToBeVisibleAsync();
        await journey.CheckAsync("resultats");

        // By distance: the nearest first. The undisclosed establishment is placed at its commune's
        // centre (its address is secret), which is where this search starts: it comes first.
        await seeker.GetByRole(AriaRole.Link, new() { Name = "distance", Exact = true }).ClickAsync();
        await Assertions.Expect(results.First).ToContainTextAsync("Établissement non diffusible");
        await Assertions.Expect(results.Nth(1)).ToContainTextAsync("Brasserie des Terreaux");
        await journey.CheckAsync("par-distance");

        // A place that names several communes offers them as links.
        await journey.GoToAsync("/entreprises?metier=G1803&lieu=Saint-Denis", "lieu-ambigu");
        await Assertions.Expect(seeker.GetByRole(AriaRole.List, new() { Name = "Communes proposées" })).ToBeVisibleAsync();
    }
}
