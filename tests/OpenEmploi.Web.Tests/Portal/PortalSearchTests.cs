using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Geo;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.PortalSearch;
using OpenEmploi.Web.Features.Search;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Portal;

/// <summary>
/// The portal's search (issue #8) over HTTP on the real platform: each filter's effect on the
/// offers listed, facet links whose counts are the totals they lead to, the map's counts, the
/// address as the whole query, and the place field's answers.
/// </summary>
public sealed partial class PortalSearchTests(TestStores stores) : IClassFixture<TestStores>
{
    private const int DemoOffers = 500;

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Filters_restrict_the_offers_listed_and_facet_and_map_links_lead_to_the_counts_they_show(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, demoOffers: DemoOffers);
        var store = platform.Services.GetRequiredService<IOffreStore>();

        var all = await GetAsync(platform, "/offres");
        Assert.Equal(DemoOffers, Total(all));

        // Contract and working time: every offer listed (on every page) has both.
        var cdiPlein = await ListedOffersAsync(platform, store, "/offres?contrat=CDI&temps=plein");
        Assert.InRange(cdiPlein.Count, 1, DemoOffers - 1);
        Assert.All(cdiPlein, o => Assert.Equal(("CDI", "Temps plein"), (o.TypeContrat, o.DureeTravailLibelleConverti)));

        // Two contracts: either one.
        var cdiCdd = await ListedOffersAsync(platform, store, "/offres?contrat=CDI&contrat=CDD");
        Assert.All(cdiCdd, o => Assert.Contains(o.TypeContrat, new[] { "CDI", "CDD" }));
        Assert.True(cdiCdd.Count > cdiPlein.Count);

        // Published in the last 7 days, by the platform's clock.
        var now = platform.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var recent = await ListedOffersAsync(platform, store, "/offres?publiee=7");
        Assert.InRange(recent.Count, 1, DemoOffers - 1);
        Assert.All(recent, o => Assert.True(o.DateCreation >= now.AddDays(-7).AddMinutes(-1), $"{o.Id} created {o.DateCreation:O}"));

        // A minimum salary: fewer offers, each paying at least that much a month at the top of its range.
        var salaried = Total(await GetAsync(platform, "/offres?salaire=2500"));
        var spaced = Total(await GetAsync(platform, "/offres?salaire=2%20500%20%E2%82%AC"));
        Assert.InRange(salaried, 1, DemoOffers - 1);
        Assert.Equal(salaried, spaced);
        Assert.True(Total(await GetAsync(platform, "/offres?salaire=1800")) > salaried);

        // Each facet link adds its filter and leads to exactly the count shown beside it.
        foreach (var (href, count) in FacetLinks(all).Take(12))
            Assert.Equal(count, Total(await GetAsync(platform, href)));

        // The map: one link per département with offers, counts equal to the département facet
        // of the index, the table beside it the same, each link filtering by its département.
        var engine = platform.Services.GetRequiredService<SearchIndexHolder>().Engine;
        var facet = engine.Search(new SearchQuery { End = 0, Facets = [FacetKind.Departement] }, now).Facets[0].Values
            .ToDictionary(v => v.Value, v => v.Count);
        var mapped = MapLinks(all).ToDictionary(m => m.Code, m => (m.Count, m.Href));
        Assert.Equal(facet.OrderBy(kv => kv.Key), mapped.Select(kv => KeyValuePair.Create(kv.Key, kv.Value.Count)).OrderBy(kv => kv.Key));
        Assert.Equal(facet.Count, TableRows().Count(all));
        var (rhoneCount, rhoneHref) = mapped.MaxBy(kv => kv.Value.Count).Value;
        Assert.Equal(rhoneCount, Total(await GetAsync(platform, WebUtility.HtmlDecode(rhoneHref))));
        Assert.Equal(101, Regex.Count(all, "<path class=\"n[0-5]\""));

        // The address is the whole query: a filtered, sorted second page answers the same twice,
        // shows its values back in the form, and its page links keep every filter.
        var address = "/offres?q=vendeur&contrat=CDI&experience=1&tri=date&p=2";
        var page = await GetAsync(platform, "/offres?q=vendeur&contrat=CDI&experience=1&tri=date");
        var total = Total(page);
        if (total > 20)
        {
            var second = await GetAsync(platform, address);
            Assert.Equal(total, Total(second));
            Assert.Equal(OfferIds().Matches(second).Select(m => m.Value), OfferIds().Matches(await GetAsync(platform, address)).Select(m => m.Value));
            Assert.Contains("href=\"/offres?q=vendeur&amp;contrat=CDI&amp;experience=1&amp;tri=date\" rel=\"prev\"", second, StringComparison.Ordinal);
        }
        Assert.Contains("<input id=\"q\" name=\"q\" type=\"search\" value=\"vendeur\"", page, StringComparison.Ordinal);
        Assert.Matches("<input type=\"checkbox\" id=\"contrat-CDI\" name=\"contrat\" value=\"CDI\" checked=\"checked\"", page);
        Assert.Matches("<option value=\"1\" selected=\"selected\">Moins d&#x27;un an</option>", page);
    }

    [Fact]
    public async Task A_place_is_a_commune_or_postal_code_with_a_radius_and_an_unknown_or_shared_name_is_explained()
    {
        var location = await stores.CreateLocationAsync(StoreKind.Sqlite);
        await using var platform = await RunningPlatform.StartAsync(location.Setting, demoOffers: DemoOffers);
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var geo = platform.Services.GetRequiredService<ReferenceData>().Geographie;
        var paris = geo.CommuneByInsee("75056")!;

        var near = await ListedOffersAsync(platform, store, "/offres?lieu=Paris&rayon=20");
        Assert.NotEmpty(near);
        foreach (var offre in near)
        {
            var (lat, lon) = PointOf(offre, geo);
            Assert.True(GeoMath.DistanceKm(paris.Latitude!.Value, paris.Longitude!.Value, lat, lon) <= 20.5, $"{offre.Id} at {offre.LieuTravail?.Libelle}");
        }
        var wider = Total(await GetAsync(platform, "/offres?lieu=paris&rayon=100"));
        Assert.True(wider >= near.Count);
        // The postal code and the chosen suggestion's text resolve too.
        Assert.Equal(near.Count, Total(await GetAsync(platform, "/offres?lieu=Paris%20(75)&rayon=20")));
        Assert.Contains("Autour de Paris 1er Arrondissement", await GetAsync(platform, "/offres?lieu=75001"), StringComparison.Ordinal);

        // Shared name: no search, a choice of communes, each a link that resolves.
        var shared = await GetAsync(platform, "/offres?lieu=Saint-Denis&contrat=CDI");
        Assert.Contains("Plusieurs communes s&#x27;appellent « Saint-Denis »", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("resultats-titre", shared, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/offres?lieu=Saint-Denis%20(93)&amp;contrat=CDI\">", shared, StringComparison.Ordinal);
        Assert.Contains("resultats-titre", await GetAsync(platform, "/offres?lieu=Saint-Denis%20(93)&contrat=CDI"), StringComparison.Ordinal);

        // A typo: near names offered; nothing alike: what to type instead.
        var typo = await GetAsync(platform, "/offres?lieu=Bordeau");
        Assert.Contains("Aucune commune ne s&#x27;appelle « Bordeau »", typo, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/offres?lieu=Bordeaux\">", typo, StringComparison.Ordinal);
        var unknown = await GetAsync(platform, "/offres?lieu=Xyzwq");
        Assert.Contains("Aucune commune ni aucun code postal ne correspond à « Xyzwq »", unknown, StringComparison.Ordinal);
        Assert.Contains("<input id=\"lieu\" name=\"lieu\" type=\"text\" autocomplete=\"off\" list=\"lieu-suggestions\" value=\"Xyzwq\"", unknown, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\" aria-describedby=\"lieu-aide lieu-erreur\"", unknown, StringComparison.Ordinal);

        // Hand-written addresses with values the form does not offer: each said, beside its field.
        var wrong = await GetAsync(platform, "/offres?rayon=7&publiee=2&salaire=beaucoup&contrat=XYZ&tri=distance");
        Assert.Contains("Le formulaire contient 5 erreurs", wrong, StringComparison.Ordinal);
        foreach (var field in new[] { "rayon", "publiee", "salaire", "contrat", "tri" })
            Assert.Contains($"<a href=\"#{field}\">", wrong, StringComparison.Ordinal);

        // The suggestions the script shows: names that resolve, homonyms told apart.
        var suggestions = JsonDocument.Parse(await GetAsync(platform, "/offres/communes?q=saint-deni")).RootElement;
        var labels = suggestions.EnumerateArray().Select(s => s.GetProperty("libelle").GetString()!).ToList();
        Assert.Contains("Saint-Denis (93)", labels);
        Assert.Contains("Saint-Denis (974)", labels);
        var byPostalCode = JsonDocument.Parse(await GetAsync(platform, "/offres/communes?q=69001")).RootElement;
        Assert.Equal("69123", Assert.Single(byPostalCode.EnumerateArray()).GetProperty("codeInsee").GetString());
        Assert.Empty(JsonDocument.Parse(await GetAsync(platform, "/offres/communes?q=a")).RootElement.EnumerateArray());
    }

    [Fact]
    public void Criteria_are_written_back_in_a_fixed_order_without_defaults()
    {
        var criteria = new SearchCriteria
        {
            Q = "aide soignant", Lieu = "Saint-Denis (93)", Rayon = 20, Contrats = ["CDI", "CDD"], Experience = "2",
            Publiee = 7, Salaire = 1800, Temps = "partiel", Tri = "date", Page = 3,
        };
        Assert.Equal(
            "/offres?q=aide%20soignant&lieu=Saint-Denis%20(93)&rayon=20&contrat=CDI&contrat=CDD&experience=2&publiee=7&salaire=1800&temps=partiel&tri=date&p=3",
            criteria.Url());
        // Any change starts again from the first page; the default radius is not written.
        Assert.Equal(
            "/offres?q=aide%20soignant&lieu=Lyon&contrat=CDI&contrat=CDD&experience=2&publiee=7&salaire=1800&temps=partiel&tri=date",
            criteria.With(c => c with { Lieu = "Lyon", Rayon = SearchCriteria.DefaultRadiusKm }));
        Assert.Equal("/offres", new SearchCriteria { Rayon = 20 }.Url());
    }

    [Theory]
    [InlineData(0, new int[0])]
    [InlineData(3, new[] { 1, 2, 3 })]
    [InlineData(100, new[] { 1, 21, 41, 61, 81 })]
    public void Map_classes_cover_every_count_once(int max, int[] starts)
    {
        var bands = Choropleth.Bands(max);
        Assert.Equal(starts, bands.Select(b => b.From));
        for (var count = 1; count <= max; count++)
        {
            var band = Assert.Single(bands, b => b.From <= count && count <= b.To);
            Assert.Equal(band.Class, Choropleth.ClassOf(count, max));
        }
        Assert.Equal(0, Choropleth.ClassOf(0, max));
    }

    private static (double Lat, double Lon) PointOf(Offre offre, Geographie geo) =>
        offre.LieuTravail is { Latitude: { } lat, Longitude: { } lon }
            ? (lat, lon)
            : geo.CommuneByInsee(offre.LieuTravail!.Commune!) is { Latitude: { } la, Longitude: { } lo } ? (la, lo) : throw new InvalidOperationException(offre.Id);

    private static async Task<string> GetAsync(RunningPlatform platform, string path)
    {
        var response = await platform.Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Every offer of the search, page after page through its "next" links.</summary>
    private static async Task<List<Offre>> ListedOffersAsync(RunningPlatform platform, IOffreStore store, string path)
    {
        var offers = new List<Offre>();
        string? next = path;
        var total = -1;
        while (next is not null)
        {
            var html = await GetAsync(platform, next);
            total = total < 0 ? Total(html) : total;
            foreach (Match m in OfferIds().Matches(html))
                offers.Add((await store.GetAsync(m.Groups[1].Value))!);
            var link = NextLink().Match(html);
            next = link.Success ? WebUtility.HtmlDecode(link.Groups[1].Value) : null;
        }
        Assert.Equal(total, offers.Count);
        Assert.Equal(offers.Count, offers.Select(o => o.Id).Distinct().Count());
        return offers;
    }

    private static int Total(string html)
    {
        var heading = Heading().Match(html);
        Assert.True(heading.Success, "no result heading");
        var text = heading.Groups[1].Value;
        return text.Contains("Aucune offre", StringComparison.Ordinal) ? 0 : int.Parse(new string([.. text.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture);
    }

    private static IEnumerable<(string Href, int Count)> FacetLinks(string html)
    {
        var aside = html[html.IndexOf("<aside", StringComparison.Ordinal)..html.IndexOf("</aside>", StringComparison.Ordinal)];
        return FacetLink().Matches(aside).Select(m => (WebUtility.HtmlDecode(m.Groups[1].Value), int.Parse(new string([.. m.Groups[2].Value.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture)));
    }

    private static IEnumerable<(string Code, int Count, string Href)> MapLinks(string html) =>
        MapLink().Matches(html).Select(m => (m.Groups[2].Value, int.Parse(new string([.. m.Groups[3].Value.Where(char.IsAsciiDigit)]), CultureInfo.InvariantCulture), m.Groups[1].Value));

    [GeneratedRegex("<h3><a href=\"/offres/([0-9A-Z]{7})\">")]
    private static partial Regex OfferIds();

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\">")]
    private static partial Regex NextLink();

    [GeneratedRegex("<h2 id=\"resultats-titre\"[^>]*>\\s*([^<]+?)\\s*</h2>")]
    private static partial Regex Heading();

    [GeneratedRegex("<li><a href=\"(/offres\\?[^\"]+)\">[^<]+</a> <span class=\"nombre\">([^<]+)</span></li>")]
    private static partial Regex FacetLink();

    [GeneratedRegex("<a href=\"([^\"]+)\" aria-label=\"[^\"]+ \\((\\w{2,3})\\) : ([^\"]+) offres?\">")]
    private static partial Regex MapLink();

    [GeneratedRegex("<tr><td><a href=\"/offres\\?[^\"]+\">")]
    private static partial Regex TableRows();
}
