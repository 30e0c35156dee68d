using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OffresApi;

public sealed class SearchEndpointTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_bare_search_is_a_206_of_the_150_most_recent_offers_with_the_four_facets(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.SearchAsync();

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"offres 0-149/{ApiPlatformFixture.DemoOffers}", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.Equal("150", response.Headers.GetValues("Accept-Range").Single());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var offers = body.RootElement.GetProperty("resultats").EnumerateArray().ToList();
        Assert.Equal(150, offers.Count);
        var created = offers.Select(o => o.GetProperty("dateCreation").GetString()!).ToList();
        Assert.Equal(created.OrderDescending(StringComparer.Ordinal), created);
        var facets = body.RootElement.GetProperty("filtresPossibles").EnumerateArray().ToList();
        Assert.Equal(["typeContrat", "experience", "qualification", "natureContrat"], facets.Select(f => f.GetProperty("filtre").GetString()));
        // Counts are over the whole result set: every offer has a contract type.
        Assert.Equal(ApiPlatformFixture.DemoOffers, facets[0].GetProperty("agregation").EnumerateArray().Sum(a => a.GetProperty("nbResultats").GetInt32()));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_window_reaching_the_last_result_is_a_200_with_the_range_clipped(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        var total = ApiPlatformFixture.DemoOffers;

        using var response = await caller.SearchAsync($"range={total - 10}-{total + 100}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"offres {total - 10}-{total - 1}/{total}", response.Content.Headers.GetValues("Content-Range").Single());
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(10, body.RootElement.GetProperty("resultats").GetArrayLength());
    }

    [Fact]
    public async Task No_result_is_an_empty_204_with_a_star_range()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.SearchAsync("motsCles=zzyzxqwv");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("offres */0", response.Content.Headers.GetValues("Content-Range").Single());
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_window_starting_past_the_last_result_is_a_204()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.SearchAsync("range=2500-2509");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal($"offres */{ApiPlatformFixture.DemoOffers}", response.Content.Headers.GetValues("Content-Range").Single());
    }

    [Theory]
    [InlineData("range=0-150", "La plage de résultats demandée est trop importante.")]
    [InlineData("range=3001-3010", "La position de début doit être inférieure ou égale à 3000.")]
    [InlineData("range=abc", "Format du paramètre « range » incorrect. <entier>-<entier> attendu.")]
    [InlineData("motsCles=a", "Format du paramètre « motsCles » incorrect. 7 mots-clé au maximum séparés par des virgules et d'au moins 2 caractères.")]
    [InlineData("typeContrat=XYZ", "Valeur du paramètre « typeContrat » incorrecte.")]
    [InlineData("tempsPlein=oui", "Format du paramètre « tempsPlein » incorrect. Booléen attendu.")]
    [InlineData("grandDomaine=Z", "Format du paramètre « grandDomaine » incorrect. A, B, C, C15, D, E, F, G, H, I, J, K, L, L14, M15, M18, M, M16, M17, M13, M14 ou N attendu.")]
    [InlineData("experienceExigence=X", "Format du paramètre « experienceExigence » incorrect. D, E ou S attendu.")]
    public async Task Invalid_parameters_are_a_400_with_the_documented_message_byte_for_byte(string query, string message)
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.SearchAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = "{\"codeHttp\":400,\"message\":" + JsonSerializer.Serialize(message, Relaxed) + "}";
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Unknown_parameters_are_ignored(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.SearchAsync("range=0-4&parametreInconnu=42");

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
    }
}
