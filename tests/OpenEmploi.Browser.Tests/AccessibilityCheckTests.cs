using OpenEmploi.Browser.Tests.Infrastructure;
using Xunit.Sdk;

namespace OpenEmploi.Browser.Tests;

/// <summary>The journeys' accessibility check is real: it fails on a page with serious problems.</summary>
[Collection(PortalCollection.Name)]
public sealed class AccessibilityCheckTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task The_check_fails_on_a_page_with_an_unlabelled_field_and_unreadable_text()
    {
        await using var journey = await portal.StartJourneyAsync("controle-axe");
        await journey.Page.SetContentAsync(
            """
            <!DOCTYPE html><html><head><title>Mauvaise page</title></head>
            <body><main><h1>Formulaire</h1>
            <p style="color:#bbb;background:#fff">Texte trop pâle</p>
            <form><input type="text" name="nom"><button type="submit">Envoyer</button></form>
            </main></body></html>
            """);

        var failure = await Assert.ThrowsAsync<TrueException>(() => journey.CheckAsync("page-fautive"));

        Assert.Contains("[critical] label", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[serious] color-contrast", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[serious] html-has-lang", failure.Message, StringComparison.Ordinal);
    }
}
