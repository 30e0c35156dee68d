using System.Net;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Portal;

public sealed partial class HomePageTests(HomePagePlatform fixture) : IClassFixture<HomePagePlatform>
{
    [Fact]
    public async Task The_home_page_is_french_and_shows_the_live_offers_count()
    {
        var platform = fixture.Platform;

        var response = await platform.Client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"offres-en-ligne\">400<", html, StringComparison.Ordinal);
        Assert.Contains("Départements où l'on recrute le plus", html, StringComparison.Ordinal);
        // Offers placed only at région level have no département: they are not a row of their own.
        Assert.DoesNotContain("<td> — </td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_has_the_layout_shell_with_navigation_and_the_licence_footer()
    {
        var platform = fixture.Platform;

        foreach (var path in new[] { "/", "/donnees" })
        {
            var html = await platform.Client.GetStringAsync(new Uri(path, UriKind.Relative));
            Assert.Contains("<nav aria-label=\"Navigation principale\">", html, StringComparison.Ordinal);
            Assert.Contains("Licence Ouverte / Etalab 2.0", html, StringComparison.Ordinal);
            Assert.Contains("href=\"/css/site.css", html, StringComparison.Ordinal);
        }
        var css = await platform.Client.GetAsync(new Uri("/css/site.css", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [Fact]
    public async Task The_data_page_is_the_catalogue_and_a_dataset_page_names_its_source_and_licence()
    {
        var platform = fixture.Platform;

        var html = await platform.Client.GetStringAsync(new Uri("/donnees", UriKind.Relative));
        var second = await platform.Client.GetStringAsync(new Uri("/donnees?p=2", UriKind.Relative));
        var rome = await platform.Client.GetStringAsync(new Uri("/donnees/rome-4-0", UriKind.Relative));

        Assert.Contains("Catalogue des données ouvertes", html, StringComparison.Ordinal);
        // Ten datasets a page: the second page lists others than the first, the ROME among them.
        Assert.Contains("rel=\"next\"", html, StringComparison.Ordinal);
        var firstLinks = DatasetLinks().Matches(html).Select(m => m.Value).ToHashSet();
        var secondLinks = DatasetLinks().Matches(second).Select(m => m.Value).ToList();
        Assert.NotEmpty(secondLinks);
        Assert.DoesNotContain(secondLinks, firstLinks.Contains);
        Assert.Contains("href=\"/donnees/rome-4-0\"", html + second, StringComparison.Ordinal);
        Assert.Contains("Export RefRomeCsv v460 de France Travail", rome, StringComparison.Ordinal);
        Assert.Contains("Licence Ouverte / Etalab 2.0", rome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_is_served_and_an_unknown_page_is_a_404()
    {
        var platform = fixture.Platform;

        var openApi = await platform.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var missing = await platform.Client.GetAsync(new Uri("/pas-de-page-ici", UriKind.Relative));

        Assert.Contains("\"openapi\"", openApi, StringComparison.Ordinal);
        Assert.Contains("/health/ready", openApi, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [System.Text.RegularExpressions.GeneratedRegex("href=\"/donnees/[a-z0-9-]+\"")]
    private static partial System.Text.RegularExpressions.Regex DatasetLinks();
}
