using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;
using OpenEmploi.Web.Tests.Statistics;

namespace OpenEmploi.Browser.Tests;

/// <summary>
/// Issue #9: an elected official finds the Rhône by name on "Data emploi" and reads its dashboard:
/// key figures, the profile charts, the recruitment projects, the maps, the masked values' note, then its printed version.
/// Screenshots and axe at every step.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task An_official_finds_a_departement_and_reads_its_charts_and_maps_on_screen_and_on_paper()
    {
        await DashboardSample.PublishAsync(portal.Services);
        await using var journey = await portal.StartJourneyAsync("tableau-de-bord-territoire");
        var page = journey.Page;

        await journey.GoToAsync("/territoires", "recherche");
        var field = page.GetByLabel("Nom d'un territoire : commune, intercommunalité, zone d'emploi, département ou région");
        await field.PressSequentiallyAsync("Rhôn", new() { Delay = 30 });
        await Assertions.Expect(page.Locator("#territoire-suggestions option[value='Rhône (département)']")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Rhône", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(portal.Root, "/territoires/dep/69").ToString());

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Rhône");
        var keyFigures = page.Locator("#de-abc");
        await Assertions.Expect(keyFigures).ToContainTextAsync("152\u202f000");
        await Assertions.Expect(keyFigures).ToContainTextAsync("+11,1 %");
        // Seven profile charts, the recruiters' and the growing sectors', each an image named by its caption.
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Demandeurs d'emploi (A, B, C) par sexe" })).ToBeVisibleAsync();
        Assert.True(await page.Locator("svg.graphique").CountAsync() >= 8);
        await Assertions.Expect(page.GetByText("Secret statistique : une valeur « secret »").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.carte path.choisi")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("svg.carte.grille path")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Demandeurs d'emploi (A, B, C) par département, 3e trimestre 2030" })).ToBeVisibleAsync();
        await journey.CheckAsync("tableau-departement");

        // Key figures read as plain numbers: no parentheses around them (the facets' style once added some).
        Assert.Equal("none", await keyFigures.Locator("td").First.EvaluateAsync<string>("e => getComputedStyle(e, '::before').content"));
        Assert.Equal("none", await keyFigures.Locator("td").First.EvaluateAsync<string>("e => getComputedStyle(e, '::after').content"));
        // Growing sectors: employees over five years (SECT_EVOL5), with their source, years and the masked sector.
        var growing = page.Locator("figure", new() { Has = page.GetByRole(AriaRole.Img, new() { Name = "Secteurs en croissance : évolution des effectifs salariés sur cinq ans (%)" }) });
        await growing.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(growing).ToContainTextAsync("Information et communication");
        await Assertions.Expect(growing).ToContainTextAsync("année 2029 comparée à 2024");
        await Assertions.Expect(growing.GetByText("Secret statistique : une valeur « secret »")).ToBeVisibleAsync();
        await journey.CheckAsync("secteurs-en-croissance");

        // Exits over the quarter and offers over twelve months among the key figures; the year's recruitment projects.
        await Assertions.Expect(page.Locator("#sorties")).ToContainTextAsync("19\u202f000");
        await Assertions.Expect(page.Locator("#offres-12-mois")).ToContainTextAsync("118\u202f000");
        var projects = page.GetByRole(AriaRole.Table, new() { Name = "Projets de recrutement de l'année 2029, tous métiers" });
        await projects.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(projects.GetByRole(AriaRole.Row, new() { Name = "dont jugés difficiles par les employeurs 52,3 %" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Source : Enquête Besoins en main-d'œuvre")).ToBeVisibleAsync();
        await journey.CheckAsync("projets-de-recrutement");

        // A chart's numbers as a table.
        var profile = page.Locator("figure", new() { Has = page.GetByText("Demandeurs d'emploi (A, B, C) par situation familiale") });
        await profile.GetByText("Les données de ce graphique").ClickAsync();
        await Assertions.Expect(profile.GetByRole(AriaRole.Row, new() { Name = "Seul, avec enfants secret" })).ToBeVisibleAsync();
        await journey.CheckAsync("donnees-du-graphique");

        // On paper: no navigation, figures one after the other.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" })).ToBeHiddenAsync();
        await journey.CheckAsync("impression");
    }
}
