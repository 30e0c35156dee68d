using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OffresApi;

public sealed class ReferentielEndpointTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    public static TheoryData<string> Names() =>
    [
        "appellations", "nafs", "communes", "continents", "departements", "domaines", "langues", "metiers",
        "naturesContrats", "niveauxFormations", "pays", "permis", "regions", "secteursActivites", "themes", "typesContrats",
    ];

    [Theory, MemberData(nameof(Names))]
    public async Task Each_referential_is_an_array_of_code_and_libelle_counted_in_Content_Range(string name)
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.GetAsync("/partenaire/offresdemploi/v2/referentiel/" + name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var entries = body.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.Equal($"{name} */{entries.Count}", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("libelle").GetString()));
        });
        if (name == "communes")
            Assert.Contains(entries, e => e.GetProperty("code").GetString() == "69123" && e.GetProperty("codeDepartement").GetString() == "69" && e.TryGetProperty("codePostal", out _));
        if (name == "departements")
            Assert.Contains(entries, e => e.GetProperty("code").GetString() == "69" && e.GetProperty("region").GetProperty("code").GetString() == "84");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_unknown_referential_is_a_404_problem_listing_the_known_ones(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.GetAsync("/partenaire/offresdemploi/v2/referentiel/planetes");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("typesContrats", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Referentials_need_a_token_like_the_rest_of_the_API()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);

        using var response = await platform.Client.GetAsync("/partenaire/offresdemploi/v2/referentiel/regions");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
