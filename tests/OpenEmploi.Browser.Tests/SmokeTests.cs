using OpenEmploi.Browser.Tests.Infrastructure;

namespace OpenEmploi.Browser.Tests;

[Collection(PortalCollection.Name)]
public sealed class SmokeTests(PortalFixture portal)
{
    [BrowserTheory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Home(bool js)
    {
        await using var journey = await portal.StartJourneyAsync("smoke-" + js, js);
        await journey.GoToAsync("/", "accueil");
    }
}
