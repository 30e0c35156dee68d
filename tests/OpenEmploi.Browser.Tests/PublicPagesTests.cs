using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;

namespace OpenEmploi.Browser.Tests;

/// <summary>The public pages, reached through the main navigation, each checked by axe.</summary>
[Collection(PortalCollection.Name)]
public sealed class PublicPagesTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task Every_page_of_the_main_navigation_opens_in_french_and_passes_axe()
    {
        await using var journey = await portal.StartJourneyAsync("pages-publiques");
        var page = journey.Page;
        await journey.GoToAsync("/", "accueil");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" });

        // Keyboard users reach the skip link first, see it, and it takes them past the menus.
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Aller au contenu" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await journey.CheckAsync("lien-d-evitement");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(portal.Root, "/#contenu").ToString());

        foreach (var (name, path, heading) in new[]
        {
            ("Offres d'emploi", "/offres", "Rechercher une offre d'emploi"),
            ("Développeurs", "/developpeurs", null),
            ("Données ouvertes", "/donnees", "Catalogue des données ouvertes"),
            ("Services", "/services", "Services construits sur les données"),
            ("Documentation", "/documentation", "Documentation"),
            ("Licence", "/licence", null),
        })
        {
            await navigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Uri(portal.Root, path).ToString());
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
            await Assertions.Expect(navigation.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
            if (heading is not null)
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
            await journey.CheckAsync(path.TrimStart('/'));
        }

        // The sign-in and sign-up forms, as someone not signed in reaches them.
        await page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).ClickAsync();
        await journey.CheckAsync("connexion");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Mot de passe oublié ?" }).ClickAsync();
        await journey.CheckAsync("mot-de-passe-oublie");
    }
}
