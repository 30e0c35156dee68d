using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Browser.Tests;

/// <summary>
/// Journey (d): the operator publishes a new licence version; a reuser with an accepted
/// application finds it on "La licence et vos applications", is refused a refusal without its
/// confirmation box, then accepts it. Every page is screenshotted and checked with axe.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LicenceJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task A_reuser_finds_a_new_licence_version_and_accepts_it()
    {
        const string application = "Carte des offres du Finistère";
        await using var reuser = await portal.StartJourneyAsync("licence");
        await reuser.SignUpConfirmAndSignInAsync(portal);
        await reuser.RequestAccessAsync(application);

        // The operator approves from the queue, as in journey (b).
        await using (var operatorJourney = await portal.StartJourneyAsync("licence-operateur"))
        {
            var operatorPage = operatorJourney.Page;
            await operatorJourney.GoToAsync("/compte/connexion", "connexion");
            await operatorJourney.SignInAsync(await portal.CreateOperatorAsync(), "connecte");
            await operatorPage.GetByRole(AriaRole.Link, new() { Name = "Demandes d'accès" }).ClickAsync();
            var request = operatorPage.GetByRole(AriaRole.Article).Filter(new() { Has = operatorPage.GetByRole(AriaRole.Heading, new() { Name = application }) });
            await request.GetByRole(AriaRole.Button, new() { Name = "Accepter et créer l'application" }).ClickAsync();
            await Assertions.Expect(operatorPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Demande acceptée : application");
        }

        // A new version, published as `openemploi licence publish` does.
        var publishing = portal.Services.GetRequiredService<LicencePublishing>();
        var (version, _, error) = await publishing.PublishAsync(
            "Licence de réutilisation, version de test " + Guid.NewGuid().ToString("N") + ".\nArticle 1 : les données restent attribuées à leur source.",
            "operateur@exemple.fr", portal.Root.ToString(), CancellationToken.None);
        Assert.Null(error);
        Assert.NotNull(version);

        var page = reuser.Page;
        await reuser.GoToAsync("/developpeurs/licence", "licence-nouvelle-version");
        var card = page.GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = application }) });
        await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = $"Accepter la version {version.Version}" })).ToBeVisibleAsync();

        // Refusing ends the access: the page asks for the confirmation box first.
        await card.GetByRole(AriaRole.Button, new() { Name = $"Refuser la version {version.Version}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToBeVisibleAsync();
        await reuser.CheckAsync("refus-sans-confirmation");

        card = page.GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = application }) });
        await card.GetByRole(AriaRole.Button, new() { Name = $"Accepter la version {version.Version}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Version {version.Version} acceptée pour");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Accepter la version {version.Version}" })).ToHaveCountAsync(0);
        await reuser.CheckAsync("version-acceptee");
    }
}
