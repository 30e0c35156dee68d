using System.Net;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Portal;

public sealed class DeveloperPagesTests(PortalPagesPlatform fixture) : IClassFixture<PortalPagesPlatform>
{
    [Fact]
    public async Task The_developers_page_gives_curl_examples_for_the_host_the_visitor_reached()
    {
        var platform = fixture.Platform;
        var root = platform.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        var response = await platform.Client.GetAsync(new Uri("/developpeurs", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Développeurs : l'API Offres d'emploi</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/developpeurs\" aria-current=\"page\">", html, StringComparison.Ordinal);
        Assert.Contains($"curl -X POST \"{root}/connexion/oauth2/access_token?realm=/partenaire\"", html, StringComparison.Ordinal);
        Assert.Contains("--data-urlencode \"scope=api_offresdemploiv2 o2dsoffre\"", html, StringComparison.Ordinal);
        Assert.Contains("\"expires_in\": 1499", html, StringComparison.Ordinal);
        Assert.Contains($"{root}/partenaire/offresdemploi/v2/offres/search?motsCles=boulanger&amp;departement=69&amp;range=0-19", html, StringComparison.Ordinal);
        Assert.Contains($"{root}/partenaire/offresdemploi/v2/offres/048KLTP", html, StringComparison.Ordinal);
        Assert.Contains($"{root}/partenaire/offresdemploi/v2/referentiel/typesContrats", html, StringComparison.Ordinal);
        Assert.Contains("-H \"Authorization: Bearer $TOKEN\"", html, StringComparison.Ordinal);
        Assert.Contains("openemploi apps create --name", html, StringComparison.Ordinal);
        Assert.Contains("Content-Range: offres 0-19/1234", html, StringComparison.Ordinal);
        Assert.Contains("X-Ratelimit-Remaining-Clientidlimiter", html, StringComparison.Ordinal);
        Assert.Contains($"Link: &lt;{root}/licence&gt;; rel=\"license\"", html, StringComparison.Ordinal);
        Assert.Contains($"{root}/offres/048KLTP/postuler?app=VOTRE_CLIENT_ID", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/docs\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/openapi/v1.json\">", html, StringComparison.Ordinal);
        Assert.Contains("<pre tabindex=\"0\"><code>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_developers_page_follows_the_host_name_the_client_used()
    {
        var platform = fixture.Platform;

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/developpeurs", UriKind.Relative));
        request.Headers.Host = "emploi.exemple.fr";
        using var response = await platform.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"http://emploi.exemple.fr/connexion/oauth2/access_token?realm=/partenaire\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_licence_page_states_its_version_and_has_a_stable_anchor_per_article()
    {
        var platform = fixture.Platform;

        var response = await platform.Client.GetAsync(new Uri("/licence", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1>Licence de réutilisation des données</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/licence\" aria-current=\"page\">", html, StringComparison.Ordinal);
        Assert.Contains("Version 1 de la licence", html, StringComparison.Ordinal);
        foreach (var article in new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 13 })
        {
            Assert.Contains($"<section id=\"article-{article}\"", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#article-{article}\">", html, StringComparison.Ordinal);
        }
        Assert.Contains("id=\"article-5-4\"", html, StringComparison.Ordinal);
        Assert.Contains("sans les coordonnées des employeurs", html, StringComparison.Ordinal);
        Assert.Contains("au moins toutes les 24 heures", html, StringComparison.Ordinal);
        Assert.Contains("15 jours calendaires", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_navigation_links_the_new_pages_and_the_api_documentation()
    {
        var platform = fixture.Platform;

        foreach (var path in new[] { "/", "/donnees", "/developpeurs", "/licence" })
        {
            var html = await platform.Client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.Contains("<a href=\"/developpeurs\"", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/licence\"", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"/docs\">Documentation de l'API</a>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("API (OpenAPI)", html, StringComparison.Ordinal);
            // Exactly one entry is the current page, and only on the pages the navigation names.
            var current = html.Split("aria-current=\"page\"").Length - 1;
            Assert.Equal(1, current);
        }
    }
}
