using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using OpenEmploi.Browser.Tests.Infrastructure;

namespace OpenEmploi.Browser.Tests;

/// <summary>
/// Journeys (b) and (c): the operator approves a reuser's request from the review queue; the
/// reuser then sees the secret once, and it gets a token from the OAuth2 endpoint.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OperatorJourneyTests(PortalFixture portal)
{
    [BrowserFact]
    public async Task The_operator_approves_from_the_queue_and_the_reuser_sees_a_working_secret_once()
    {
        const string application = "Observatoire de l'emploi local";
        await using var reuser = await portal.StartJourneyAsync("identifiants");
        await reuser.SignUpConfirmAndSignInAsync(portal);
        var requestId = await reuser.RequestAccessAsync(application);

        // (b) The operator, made as `openemploi admin create` makes one, reviews the queue.
        await using (var operatorJourney = await portal.StartJourneyAsync("operateur"))
        {
            var page = operatorJourney.Page;
            var operatorEmail = await portal.CreateOperatorAsync();
            await operatorJourney.GoToAsync("/", "accueil");
            await page.GetByRole(AriaRole.Link, new() { Name = "Se connecter" }).ClickAsync();
            await operatorJourney.SignInAsync(operatorEmail, "connexion");
            await page.GetByRole(AriaRole.Link, new() { Name = "Demandes d'accès" }).ClickAsync();
            await operatorJourney.CheckAsync("file-des-demandes");

            var request = page.GetByRole(AriaRole.Article).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = application }) });
            await Assertions.Expect(request).ToContainTextAsync(ReuserSteps.IntendedUse);
            await Assertions.Expect(request).ToContainTextAsync("Reste");
            await request.GetByRole(AriaRole.Button, new() { Name = "Accepter et créer l'application" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Demande acceptée : application");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = application })).ToHaveCountAsync(0);
            await operatorJourney.CheckAsync("demande-acceptee");
        }

        // (c) The reuser finds the request accepted and shows the secret, once.
        var reuserPage = reuser.Page;
        await reuser.GoToAsync("/developpeurs/applications", "mes-applications-acceptee");
        await Assertions.Expect(reuserPage.GetByRole(AriaRole.Row).Filter(new() { HasText = application })).ToContainTextAsync("Acceptée le");
        await reuserPage.GetByRole(AriaRole.Link, new() { Name = application }).ClickAsync();
        await reuser.CheckAsync("application-acceptee");
        await reuserPage.GetByRole(AriaRole.Button, new() { Name = "Afficher le secret" }).ClickAsync();
        var credentials = reuserPage.GetByRole(AriaRole.Status, new() { Name = "Vos identifiants" });
        await Assertions.Expect(credentials).ToContainTextAsync("il ne sera plus jamais affiché");
        await reuser.CheckAsync("secret-affiche");
        var clientId = (await credentials.Locator("dd").First.InnerTextAsync()).Trim();
        var secret = (await credentials.Locator("#secret-valeur").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9a-f]{64}$", secret);

        using (var http = new HttpClient { BaseAddress = portal.Root })
        {
            using var response = await http.PostAsync(new Uri("/connexion/oauth2/access_token?realm=/partenaire", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = clientId,
                ["client_secret"] = secret,
                ["scope"] = "api_offresdemploiv2 o2dsoffre",
            }));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var token = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.False(string.IsNullOrEmpty(token.RootElement.GetProperty("access_token").GetString()));
        }

        // Coming back to the application: the secret is gone for good, only renewal is offered.
        await reuser.GoToAsync($"/developpeurs/applications/{requestId}", "secret-plus-affiche");
        await Assertions.Expect(reuserPage.GetByText(secret)).ToHaveCountAsync(0);
        await Assertions.Expect(reuserPage.GetByRole(AriaRole.Button, new() { Name = "Afficher le secret" })).ToHaveCountAsync(0);
        await Assertions.Expect(reuserPage.GetByText("Le secret a été affiché une fois")).ToBeVisibleAsync();
        await Assertions.Expect(reuserPage.GetByRole(AriaRole.Button, new() { Name = "Renouveler le secret" })).ToBeVisibleAsync();
    }
}
