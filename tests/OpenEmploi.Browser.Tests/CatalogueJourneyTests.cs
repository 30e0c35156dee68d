using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Browser.Tests;

/// <summary>
/// The open-data catalogue and the services catalogue in Chromium: a dataset found and downloaded,
/// a service proposed (with its errors first) then approved by the operator and listed; at desktop
/// and phone widths, each page checked by axe.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CatalogueJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task A_visitor_finds_a_dataset_previews_it_and_downloads_the_file()
    {
        foreach (var phone in new[] { false, true })
        {
            await using var journey = await portal.StartJourneyAsync(phone ? "catalogue-telephone" : "catalogue", phone: phone);
            var page = journey.Page;
            await journey.GoToAsync("/donnees", "catalogue");

            await page.GetByLabel("Mots-clés", new() { Exact = true }).FillAsync("metiers");
            await page.GetByLabel("Format", new() { Exact = true }).SelectOptionAsync("csv");
            await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "1 jeu(x) de données trouvé(s)" })).ToBeVisibleAsync();
            await journey.CheckAsync("recherche-metiers");

            await page.GetByRole(AriaRole.Link, new() { Name = "Répertoire opérationnel des métiers et des emplois (ROME 4.0)" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Répertoire opérationnel des métiers et des emplois (ROME 4.0)");
            await journey.CheckAsync("jeu-rome");

            var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fiches métiers (codes ROME)" });
            await row.GetByRole(AriaRole.Link, new() { Name = "Aperçu de Fiches métiers (codes ROME)" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("A1101");
            await journey.CheckAsync("apercu-metiers");
            await page.GoBackAsync();

            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Fiches métiers (codes ROME)" })
                    .GetByRole(AriaRole.Link, new() { Name = "Télécharger Fiches métiers (codes ROME)" }).ClickAsync());
            Assert.Equal("metiers.csv", download.SuggestedFilename);
            var saved = Path.Combine(journey.Folder, "metiers.csv");
            await download.SaveAsAsync(saved);
            Assert.Equal(
                await File.ReadAllBytesAsync(Path.Combine(ReferenceData.LocateDataDirectory(), "rome", "metiers.csv")),
                await File.ReadAllBytesAsync(saved));
        }
    }

    [BrowserFact]
    public async Task A_reuser_proposes_a_service_the_operator_approves_it_and_visitors_find_it()
    {
        var service = "Cap Alternance " + Guid.NewGuid().ToString("N")[..6];
        await using var reuser = await portal.StartJourneyAsync("service-propose");
        await reuser.SignUpConfirmAndSignInAsync(portal);
        var page = reuser.Page;
        await reuser.GoToAsync("/services", "services-avant");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Proposer un service" }).ClickAsync();
        await reuser.CheckAsync("proposer");

        await page.GetByLabel("Nom du service", new() { Exact = true }).FillAsync(service);
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("Les offres d'alternance de la région, avec une aide pour préparer sa candidature.");
        await page.GetByLabel("Adresse du service", new() { Exact = true }).FillAsync("https://cap-alternance.example.fr/");
        await page.GetByLabel("Demandeurs d'emploi", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Se former", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer le service" }).ClickAsync();
        // Without the statement of gratuity, the form says why and keeps what was typed.
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("gratuit pour les demandeurs d'emploi");
        await Assertions.Expect(page.GetByLabel("Nom du service", new() { Exact = true })).ToHaveValueAsync(service);
        await reuser.CheckAsync("proposer-erreur");
        await page.GetByLabel("Je déclare que ce service est gratuit pour les demandeurs d'emploi").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Proposer le service" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Service envoyé");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = service })).ToContainTextAsync("En attente d'examen");
        await reuser.CheckAsync("propose");

        await using (var operatorJourney = await portal.StartJourneyAsync("service-modere"))
        {
            var operatorPage = operatorJourney.Page;
            var operatorEmail = await portal.CreateOperatorAsync();
            await operatorJourney.GoToAsync("/compte/connexion", "connexion-page");
            await operatorJourney.SignInAsync(operatorEmail, "connexion");
            await operatorPage.GetByRole(AriaRole.Link, new() { Name = "Services à examiner" }).ClickAsync();
            await operatorJourney.CheckAsync("file-des-services");
            var proposal = operatorPage.GetByRole(AriaRole.Article).Filter(new() { Has = operatorPage.GetByRole(AriaRole.Heading, new() { Name = service }) });
            await Assertions.Expect(proposal).ToContainTextAsync("Oui, déclaré par l'auteur");
            await proposal.GetByRole(AriaRole.Button, new() { Name = "Accepter et publier" }).ClickAsync();
            await Assertions.Expect(operatorPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Service accepté");
            await operatorJourney.CheckAsync("service-accepte");
        }

        foreach (var phone in new[] { false, true })
        {
            await using var visitor = await portal.StartJourneyAsync(phone ? "services-telephone" : "services", phone: phone);
            var visitorPage = visitor.Page;
            await visitor.GoToAsync("/services", "services");
            await visitorPage.GetByLabel("Public", new() { Exact = true }).SelectOptionAsync("demandeurs");
            await visitorPage.GetByLabel("Thème", new() { Exact = true }).SelectOptionAsync("formation");
            await visitorPage.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
            await Assertions.Expect(visitorPage.GetByRole(AriaRole.Heading, new() { Name = service })).ToBeVisibleAsync();
            await visitor.CheckAsync("services-filtres");
            await visitorPage.GetByLabel("Public", new() { Exact = true }).SelectOptionAsync("employeurs");
            await visitorPage.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
            await Assertions.Expect(visitorPage.GetByRole(AriaRole.Heading, new() { Name = service })).ToHaveCountAsync(0);
        }
    }

    [BrowserFact]
    public async Task The_documentation_pages_open_and_pass_axe()
    {
        await using var journey = await portal.StartJourneyAsync("documentation");
        var page = journey.Page;
        await journey.GoToAsync("/documentation", "documentation");
        foreach (var (link, heading) in new[]
        {
            ("Les API", "Les API d'OpenEmploi"),
            ("La méthodologie des données", "Méthodologie des données"),
            ("Le journal des modifications", "Journal des modifications"),
        })
        {
            await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await journey.CheckAsync(heading.ToLowerInvariant().Replace(' ', '-').Replace('\'', '-'));
            await page.GoBackAsync();
        }
    }
}
