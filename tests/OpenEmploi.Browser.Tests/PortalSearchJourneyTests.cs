using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;

namespace OpenEmploi.Browser.Tests;

/// <summary>
/// Issue #8: a job seeker's search on /offres — a place with a radius, a facet, the map's table, the
/// pages of results, an offer — with JavaScript (place suggestions, axe on every page), without
/// it (the same search works as plain links and forms), and on a phone.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PortalSearchJourneyTests(PortalFixture portal)
{
    [BrowserTheory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task A_job_seeker_searches_around_a_place_refines_by_facet_and_map_pages_through_and_reads_an_offer(bool javaScript, bool phone)
    {
        var name = (javaScript, phone) switch
        {
            (_, true) => "recherche-telephone",
            (true, _) => "recherche",
            _ => "recherche-sans-javascript",
        };
        await using var journey = await portal.StartJourneyAsync(name, javaScript, phone);
        var page = journey.Page;
        await journey.GoToAsync("/offres", "formulaire");
        var search = page.GetByRole(AriaRole.Search, new() { Name = "Rechercher des offres" });
        var lieu = search.GetByLabel("Lieu : commune ou code postal");

        if (javaScript)
        {
            // The script suggests communes of the referential as the person types.
            await lieu.PressSequentiallyAsync("Bordea", new() { Delay = 30 });
            await Assertions.Expect(page.Locator("#lieu-suggestions option[value='Bordeaux']")).ToHaveCountAsync(1);
            await lieu.FillAsync("");
        }

        // A place and a radius.
        await lieu.FillAsync("Paris");
        await search.GetByLabel("Rayon autour du lieu").SelectOptionAsync("30");
        await search.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#resultats-titre")).ToHaveTextAsync(OffersHeading());
        await Assertions.Expect(page.GetByText("Autour de Paris (30 km).")).ToBeVisibleAsync();
        Assert.Contains("lieu=Paris", page.Url, StringComparison.Ordinal);
        Assert.Contains("rayon=30", page.Url, StringComparison.Ordinal);
        await journey.CheckAsync("lieu-rayon");

        // A facet link: the filter is added and the count shown is the count found.
        var facet = page.GetByRole(AriaRole.Complementary, new() { Name = "Affiner la recherche" })
            .GetByRole(AriaRole.Region, new() { Name = "Type de contrat" }).GetByRole(AriaRole.Listitem).First;
        var facetCount = Count(await facet.InnerTextAsync());
        await facet.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#resultats-titre")).ToHaveTextAsync(Heading(facetCount));
        Assert.Contains("contrat=", page.Url, StringComparison.Ordinal);
        Assert.Contains("lieu=Paris", page.Url, StringComparison.Ordinal);
        await journey.CheckAsync("facette-contrat");

        // Every criterion off, then the map's table: a département's row leads to its count.
        await page.GetByRole(AriaRole.Link, new() { Name = "Effacer tous les critères" }).ClickAsync();
        await Assertions.Expect(page.Locator("#resultats-titre")).ToHaveTextAsync(Heading(PortalFixture.DemoOffers));
        await Assertions.Expect(page.Locator("svg.carte a")).Not.ToHaveCountAsync(0);
        await page.GetByText("Le tableau des offres par département").ClickAsync();
        var row = page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1);
        var rowCount = Count(await row.InnerTextAsync());
        await journey.CheckAsync("carte");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#resultats-titre")).ToHaveTextAsync(Heading(rowCount));
        Assert.Contains("departement=", page.Url, StringComparison.Ordinal);
        await journey.CheckAsync("departement-de-la-carte");

        // The pages of the whole base.
        await page.GotoAsync("/offres");
        var pages = page.GetByRole(AriaRole.Navigation, new() { Name = "Pages de résultats" });
        await pages.GetByRole(AriaRole.Link, new() { Name = "Page suivante" }).ClickAsync();
        await Assertions.Expect(pages).ToContainTextAsync("Page 2 sur 15");
        await Assertions.Expect(page.Locator("ol.resultats")).ToHaveAttributeAsync("start", "21");
        await journey.CheckAsync("page-2");

        // An offer: its title, its source, how to apply.
        var link = page.Locator("ol.resultats h3 a").First;
        var title = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Source de l'offre" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("dt:text-is('Dernière mise à jour') + dd")).Not.ToBeEmptyAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Postuler", Exact = true })).ToBeVisibleAsync();
        await journey.CheckAsync("offre");
    }

    [BrowserFact]
    public async Task Without_javascript_a_shared_commune_name_offers_a_choice_that_searches()
    {
        await using var journey = await portal.StartJourneyAsync("lieu-ambigu-sans-javascript", javaScript: false);
        var page = journey.Page;
        await journey.GoToAsync("/offres", "formulaire");
        await page.GetByLabel("Lieu : commune ou code postal").FillAsync("Saint-Denis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Plusieurs communes s'appellent « Saint-Denis »");
        await Assertions.Expect(page.GetByLabel("Lieu : commune ou code postal")).ToHaveAttributeAsync("aria-invalid", "true");
        await journey.CheckAsync("choix");
        await page.GetByRole(AriaRole.List, new() { Name = "Communes proposées" }).GetByRole(AriaRole.Link, new() { Name = "Saint-Denis (Seine-Saint-Denis (93)" }).ClickAsync();
        await Assertions.Expect(page.Locator("#resultats-titre")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Autour de Saint-Denis (10 km).")).ToBeVisibleAsync();
        await journey.CheckAsync("commune-choisie");
    }

    private static Regex Heading(int count) =>
        new(count == 0 ? "^Aucune offre" : count == 1 ? "^\\s*1 offre\\s*$" : $"^\\s*{count.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} offres\\s*$");

    private static int Count(string text) => int.Parse(TrailingNumber().Match(text).Groups[1].Value.Replace("\u202f", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(\d[\d\u202f\u00a0]*) offres?\s*$")]
    private static partial Regex OffersHeading();

    [GeneratedRegex(@"([\d\u202f\u00a0]+)\)?\s*(retirer.*)?$")]
    private static partial Regex TrailingNumber();
}
