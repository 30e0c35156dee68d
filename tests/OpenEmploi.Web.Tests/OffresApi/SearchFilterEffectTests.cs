using System.Globalization;
using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OffresApi;

/// <summary>
/// Each parameter through HTTP: fewer results than the whole base, and every returned offer
/// shows the property the parameter asks for. (Exact semantics are tested on the index itself.)
/// </summary>
public sealed class SearchFilterEffectTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private static readonly string[] AuvergneRhoneAlpes = ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"];

    private static readonly Dictionary<string, (string Query, Func<JsonElement, bool> Holds)> Filters = new()
    {
        ["typeContrat"] = ("typeContrat=CDI", o => Text(o, "typeContrat") == "CDI"),
        ["typeContrat OR natureContrat"] = ("typeContrat=SAI&natureContrat=E2", o => Text(o, "typeContrat") == "SAI" || Text(o, "natureContrat") == "Contrat apprentissage"),
        ["departement"] = ("departement=69,38", o => Place(o).StartsWith("69 - ", StringComparison.Ordinal) || Place(o).StartsWith("38 - ", StringComparison.Ordinal)),
        // Offers placed at region level only carry the region's name.
        ["region"] = ("region=84", o => Place(o) == "Auvergne-Rhône-Alpes" || AuvergneRhoneAlpes.Contains(Place(o)[..2])),
        ["commune"] = ("commune=75056&distance=0", o => o.GetProperty("lieuTravail").GetProperty("commune").GetString()!.StartsWith("751", StringComparison.Ordinal)),
        ["domaine"] = ("domaine=M18", o => Text(o, "romeCode")!.StartsWith("M18", StringComparison.Ordinal)),
        ["grandDomaine"] = ("grandDomaine=J", o => Text(o, "romeCode")!.StartsWith('J')),
        ["experienceExigence"] = ("experienceExigence=E", o => Text(o, "experienceExige") == "E"),
        ["qualification"] = ("qualification=9", o => o.TryGetProperty("qualificationCode", out var q) && q.ToString() == "9"),
        ["tempsPlein"] = ("tempsPlein=false", o => Text(o, "dureeTravailLibelleConverti") == "Temps partiel"),
        ["alternance"] = ("alternance=true", o => Flag(o, "alternance")),
        ["accesTravailleurHandicape"] = ("accesTravailleurHandicape=true", o => Flag(o, "accessibleTH")),
        ["offresManqueCandidats"] = ("offresManqueCandidats=true", o => Flag(o, "offresManqueCandidats")),
        ["origineOffre"] = ("origineOffre=2", o => o.GetProperty("origineOffre").GetProperty("origine").GetString() == "2"),
        ["publieeDepuis"] = ("publieeDepuis=3", o => Created(o) >= TimeProvider.System.GetUtcNow().AddDays(-3).AddMinutes(-5)),
        // Keywords also reach offers through their ROME appellations ("boulanger" finds a
        // production-line operator coded H2102, whose appellations include industrial bakers): the
        // exact semantics are the index's tests; here the filter must restrict the base.
        ["motsCles"] = ("motsCles=boulanger", _ => true),
    };

    public static TheoryData<string> FilterNames() => [.. Filters.Keys];

    [Theory, MemberData(nameof(FilterNames))]
    public async Task Each_parameter_restricts_the_results_to_matching_offers(string name)
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        await AssertFilterAsync(await platform.NewCallerAsync(), name);
    }

    [Theory, StoreData(StoreKind.Postgres)]
    public async Task Parameters_filter_the_same_way_on_PostgreSQL(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        foreach (var name in Filters.Keys)
            await AssertFilterAsync(caller, name);
    }

    private static async Task AssertFilterAsync(ApiCaller caller, string name)
    {
        var (query, holds) = Filters[name];
        using var response = await caller.SearchAsync(query + "&range=0-149");
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.PartialContent, $"{name}: {response.StatusCode}");
        var total = int.Parse(response.Content.Headers.GetValues("Content-Range").Single().Split('/')[1], CultureInfo.InvariantCulture);
        Assert.InRange(total, 1, ApiPlatformFixture.DemoOffers - 1);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        foreach (var offer in body.RootElement.GetProperty("resultats").EnumerateArray())
            Assert.True(holds(offer), $"{name}: offer {offer} does not match {query}");
    }

    private static string? Text(JsonElement offer, string property) =>
        offer.TryGetProperty(property, out var value) ? value.GetString() : null;

    private static bool Flag(JsonElement offer, string property) =>
        offer.TryGetProperty(property, out var value) && value.GetBoolean();

    private static string Place(JsonElement offer) => offer.GetProperty("lieuTravail").GetProperty("libelle").GetString()!;

    private static DateTimeOffset Created(JsonElement offer) =>
        DateTimeOffset.Parse(offer.GetProperty("dateCreation").GetString()!, CultureInfo.InvariantCulture);
}
