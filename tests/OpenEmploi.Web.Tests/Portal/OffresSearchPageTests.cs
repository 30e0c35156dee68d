using System.Net;
using System.Text.RegularExpressions;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Pages;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Portal;

/// <summary>The job seekers' search page (/offres): a GET form over the API's index and rules.</summary>
public sealed partial class OffresSearchPageTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory]
    [InlineData("boulanger", "boulanger")]
    [InlineData("Agent d'entretien", "Agent,entretien")]
    [InlineData("  cariste, CACES 3 ", "cariste,CACES")]
    [InlineData("a b c", "")]
    [InlineData("un deux trois quatre cinq six sept huit", "un,deux,trois,quatre,cinq,six,sept")]
    public void What_a_person_types_becomes_the_api_keywords(string typed, string keywords) =>
        Assert.Equal(keywords, OffresModel.Keywords(typed));

    [Fact]
    public async Task The_page_lists_offers_by_departement_pages_through_them_and_explains_an_unknown_departement()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, demoOffers: 400);

        var all = await platform.Client.GetStringAsync(new Uri("/offres", UriKind.Relative));
        Assert.Contains("<h2 id=\"resultats-titre\">", all, StringComparison.Ordinal);
        Assert.Contains("400 offres", all, StringComparison.Ordinal);
        Assert.Equal(20, OfferLinks().Count(all));
        Assert.Contains("href=\"/offres?p=2\" rel=\"next\"", all, StringComparison.Ordinal);

        var second = await platform.Client.GetStringAsync(new Uri("/offres?p=2", UriKind.Relative));
        Assert.Contains("<ol class=\"resultats\" start=\"21\">", second, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Empty(OfferLinks().Matches(all).Select(m => m.Value).Intersect(OfferLinks().Matches(second).Select(m => m.Value)));

        var rhone = await platform.Client.GetStringAsync(new Uri("/offres?departement=69", UriKind.Relative));
        // Every offer listed is placed in the Rhône.
        Assert.InRange(OfferLinks().Count(rhone), 1, 20);
        Assert.Equal(OfferLinks().Count(rhone), RhonePlaces().Count(rhone));

        var response = await platform.Client.GetAsync(new Uri("/offres?departement=999", UriKind.Relative));
        var unknown = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Le département « 999 » n&#x27;existe pas", unknown, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#departement\">", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("resultats-titre", unknown, StringComparison.Ordinal);
    }

    [GeneratedRegex("<h3><a href=\"/offres/[^\"]+\">")]
    private static partial Regex OfferLinks();

    [GeneratedRegex("<span>— 69 - [^<]+</span>")]
    private static partial Regex RhonePlaces();
}
