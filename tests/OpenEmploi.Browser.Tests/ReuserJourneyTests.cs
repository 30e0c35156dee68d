using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;

namespace OpenEmploi.Browser.Tests;

/// <summary>Journey (a): a reuser signs up, confirms the address, signs in and requests access.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReuserJourneyTests(PortalFixture portal)
{
    [BrowserTheory]
    [InlineData(true)]
    // The portal is plain HTML forms: the whole journey works with JavaScript off.
    [InlineData(false)]
    public async Task A_reuser_signs_up_confirms_the_address_signs_in_and_sees_the_request_pending(bool javaScript)
    {
        await using var journey = await portal.StartJourneyAsync(javaScript ? "reutilisateur" : "reutilisateur-sans-javascript", javaScript);
        var page = journey.Page;

        await journey.SignUpConfirmAndSignInAsync(portal);
        var requestId = await journey.RequestAccessAsync("Emplois en Bretagne");

        // The detail page and the list both say the request waits for the operator, with its deadline.
        await Assertions.Expect(page.GetByText("En attente : décision au plus tard le")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "← Mes applications" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Emplois en Bretagne" });
        await Assertions.Expect(row).ToContainTextAsync("En attente : décision au plus tard le");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "Emplois en Bretagne" }))
            .ToHaveAttributeAsync("href", $"/developpeurs/applications/{requestId}");
        await journey.CheckAsync("mes-applications-en-attente");
    }
}
