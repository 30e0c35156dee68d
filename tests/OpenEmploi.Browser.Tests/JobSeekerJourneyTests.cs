using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;

namespace OpenEmploi.Browser.Tests;

/// <summary>Journey (d): a job seeker searches from the home page and reads an offer.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class JobSeekerJourneyTests(PortalFixture portal)
{
    [BrowserTheory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    // Job seekers search on their phones: the same journey on a small touch screen.
    [InlineData(true, true)]
    public async Task A_job_seeker_searches_by_departement_and_keyword_and_opens_an_offer(bool javaScript, bool phone)
    {
        var name = (javaScript, phone) switch
        {
            (_, true) => "demandeur-telephone",
            (true, _) => "demandeur",
            _ => "demandeur-sans-javascript",
        };
        await using var journey = await portal.StartJourneyAsync(name, javaScript, phone);
        var page = journey.Page;
        await journey.GoToAsync("/", "accueil");

        // The département that recruits most, as the home page's table shows it.
        var topRow = (await page.GetByRole(AriaRole.Table).GetByRole(AriaRole.Row).Nth(1).InnerTextAsync()).Trim();
        var departement = DepartementCode().Match(topRow).Groups[1].Value;
        var expected = int.Parse(DepartementCount().Match(topRow).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        var search = page.GetByRole(AriaRole.Search, new() { Name = "Rechercher des offres" });
        await search.GetByLabel("Département (numéro)").FillAsync(departement);
        await search.GetByRole(AriaRole.Button, new() { Name = "Rechercher les offres" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 2, Name = $"{expected} offres" })).ToBeVisibleAsync();
        await journey.CheckAsync("resultats-departement");
        var results = page.GetByRole(AriaRole.List).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Level = 3 }) }).GetByRole(AriaRole.Listitem);
        Assert.Equal(Math.Min(expected, 20), await results.CountAsync());

        // The first result's page: its title, its place in that département.
        var link = results.First.GetByRole(AriaRole.Link);
        var title = (await link.InnerTextAsync()).Trim();
        await link.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("dt:text-is('Lieu de travail') + dd")).ToContainTextAsync(departement);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Postuler" })).ToBeVisibleAsync();
        await journey.CheckAsync("offre");
        var offerPath = new Uri(page.Url).AbsolutePath;

        // A word of that title, in the same département, finds the offer again.
        var word = Words().Matches(title).Select(m => m.Value).OrderByDescending(w => w.Length).First();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Offres d'emploi" }).ClickAsync();
        await page.GetByLabel("Métier, compétence ou mot-clé").FillAsync(word);
        await page.GetByLabel("Département (numéro)").FillAsync(departement);
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator($"a[href='{offerPath}']")).ToHaveTextAsync(title);
        await journey.CheckAsync("resultats-mot-cle");

        // A département that does not exist: the form says so, next to the field.
        await page.GetByLabel("Département (numéro)").FillAsync("999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rechercher", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Le département « 999 » n'existe pas");
        await Assertions.Expect(page.GetByLabel("Département (numéro)")).ToHaveAttributeAsync("aria-invalid", "true");
        await journey.CheckAsync("departement-inconnu");
    }

    [GeneratedRegex(@"^(\w{2,3}) — ")]
    private static partial Regex DepartementCode();

    [GeneratedRegex(@"(\d+)\s*$")]
    private static partial Regex DepartementCount();

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Words();
}
