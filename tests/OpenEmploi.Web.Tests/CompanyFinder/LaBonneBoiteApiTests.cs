using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.CompanyFinder;

public sealed class LaBonneBoiteApiTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private const string Search = "/partenaire/labonneboite/v2/recherche";

    private static readonly string[] ItemFields =
    [
        "id", "siret", "company_name", "office_name", "naf", "naf_label", "headcount_min", "headcount_max", "location", "city",
        "citycode", "postcode", "department", "department_number", "region", "hiring_potential", "is_high_potential", "rome", "email",
    ];

    private async Task<ApiCaller> CallerAsync(StoreKind kind, int perSecond = 10_000, int burst = 10_000)
    {
        var platform = await fixture.StartAsync(kind);
        await FinderData.PublishAsync(platform.Services);
        var (clientId, secret) = await platform.CreateApplicationAsync([ApiScopes.LaBonneBoite], perSecond, burst, "lbb");
        return new ApiCaller(platform.Client, clientId, await platform.GetTokenAsync(clientId, secret, ApiScopes.LaBonneBoite));
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_search_returns_hits_items_params_and_resolved_params_with_the_originals_fields(StoreKind kind)
    {
        var caller = await CallerAsync(kind);

        using var response = await caller.GetAsync($"{Search}?rome=G1803&citycode={FinderData.Lyon}&sort_by=hiring_potential");
        var body = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["hits", "items", "params", "resolved_params"], body.EnumerateObject().Select(p => p.Name));
        // Opted out: never; 40 for the grill is above 20, so five companies.
        Assert.Equal(5, body.GetProperty("hits").GetInt32());
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.All(items, item => Assert.Equal(ItemFields, item.EnumerateObject().Select(p => p.Name)));
        Assert.DoesNotContain(items, i => i.GetProperty("siret").GetString() == FinderData.OptedOut);

        var first = items[0];
        Assert.Equal(FinderData.Open, first.GetProperty("siret").GetString());
        Assert.Equal("Brasserie des Terreaux", first.GetProperty("company_name").GetString());
        Assert.Equal("5610A", first.GetProperty("naf").GetString());
        Assert.Equal(20, first.GetProperty("headcount_min").GetInt32());
        Assert.Equal(49, first.GetProperty("headcount_max").GetInt32());
        Assert.Equal("Lyon", first.GetProperty("city").GetString());
        Assert.Equal("69", first.GetProperty("department_number").GetString());
        Assert.Equal("G1803", first.GetProperty("rome").GetString());
        Assert.Equal(4.1, first.GetProperty("hiring_potential").GetDouble()); // score 70 → 4.1 stars, never hires
        Assert.True(first.GetProperty("is_high_potential").GetBoolean());
        Assert.Equal("yes", first.GetProperty("email").GetString());

        var partial = items.Single(i => i.GetProperty("company_name").GetString() == "Établissement non diffusible");
        Assert.Equal(JsonValueKind.Null, partial.GetProperty("siret").ValueKind);
        Assert.Equal(JsonValueKind.Null, partial.GetProperty("office_name").ValueKind);
        Assert.StartsWith("nd-", partial.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Nom secret", body.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(FinderData.Partial, body.GetRawText(), StringComparison.Ordinal);

        var hidden = items.Single(i => i.GetProperty("siret").GetString() == FinderData.HiddenAddress);
        Assert.Equal("no", hidden.GetProperty("email").GetString());
        // Placed at Lyon's centre, not at its own address 2 km north.
        Assert.Equal(45.7578, hidden.GetProperty("location").GetProperty("lat").GetDouble(), 2);

        Assert.Equal("G1803", body.GetProperty("params").GetProperty("rome").GetString());
        var resolved = body.GetProperty("resolved_params");
        Assert.Equal(10, resolved.GetProperty("distance").GetDouble());
        Assert.Equal("69", resolved.GetProperty("department_number").GetString());
        Assert.Equal(10, resolved.GetProperty("page_size").GetInt32());
        Assert.Equal("desc", resolved.GetProperty("sort_direction").GetString());
    }

    [Fact]
    public async Task The_default_order_puts_the_boosted_company_first_and_sort_direction_asc_reverses()
    {
        var caller = await CallerAsync(StoreKind.Sqlite);

        var byDefault = await JsonAsync(await caller.GetAsync($"{Search}?rome=G1803&latitude=45.7578&longitude=4.832"));
        var byDistanceAsc = await JsonAsync(await caller.GetAsync($"{Search}?rome=G1803&latitude=45.7578&longitude=4.832&sort_by=distance&sort_direction=asc"));

        Assert.Equal(FinderData.Boosted, byDefault.GetProperty("items")[0].GetProperty("siret").GetString());
        // Ascending distance read backwards: the farthest first.
        Assert.Equal(FinderData.Far, byDistanceAsc.GetProperty("items")[0].GetProperty("siret").GetString());
    }

    [Fact]
    public async Task Repeated_rome_parameters_combine_but_a_comma_list_finds_nothing_as_in_the_original()
    {
        var caller = await CallerAsync(StoreKind.Sqlite);

        var repeated = await JsonAsync(await caller.GetAsync($"{Search}?rome=G1803&rome=G1602&citycode={FinderData.Lyon}"));
        var comma = await JsonAsync(await caller.GetAsync($"{Search}?rome=G1803,G1602&citycode={FinderData.Lyon}"));

        Assert.Equal(5, repeated.GetProperty("hits").GetInt32());
        Assert.Equal(0, comma.GetProperty("hits").GetInt32());
    }

    [Fact]
    public async Task A_departement_a_naf_and_paging_narrow_the_search()
    {
        var caller = await CallerAsync(StoreKind.Sqlite);

        var departement = await JsonAsync(await caller.GetAsync($"{Search}?rome=G1803&department_number=69&page_size=2&page=2"));
        var naf = await JsonAsync(await caller.GetAsync($"{Search}?rome=G1803&citycode={FinderData.Lyon}&naf=56.30Z"));

        Assert.Equal(5, departement.GetProperty("hits").GetInt32());
        Assert.Equal(2, departement.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, departement.GetProperty("resolved_params").GetProperty("distance").ValueKind);
        Assert.Equal(FinderData.Far, Assert.Single(naf.GetProperty("items").EnumerateArray()).GetProperty("siret").GetString());
    }

    [Theory]
    [InlineData("rome=G1803", "citycode")]
    [InlineData("rome=G1803&citycode=69123&distance=201", "distance")]
    [InlineData("rome=G1803&citycode=69123&distance=-1", "distance")]
    [InlineData("rome=G1803&citycode=69123&distance=loin", "distance")]
    [InlineData("rome=G1803&citycode=69123&page_size=101", "page_size")]
    [InlineData("rome=G1803&citycode=69123&page=0", "page")]
    [InlineData("rome=G1803&citycode=69123&sort_by=name", "sort_by")]
    [InlineData("rome=G1803&citycode=69123&sort_direction=up", "sort_direction")]
    [InlineData("rome=G1803&citycode=99999", "citycode")]
    [InlineData("rome=G1803&latitude=45.7", "longitude")]
    [InlineData("rome=G1803&latitude=95&longitude=4.8", "latitude")]
    [InlineData("rome=G1803&department_number=00", "department_number")]
    [InlineData("rome=G1803&postcode=00000", "postcode")]
    [InlineData("rome=G1803&region=99", "region")]
    [InlineData("rome=G1803&city=Zzzyzx", "city")]
    [InlineData("rome=G1803&citycode=69123&naf=ZZZ", "naf")]
    public async Task Each_invalid_parameter_gets_a_422_naming_it(string query, string parameter)
    {
        var caller = await CallerAsync(StoreKind.Sqlite);

        using var response = await caller.GetAsync($"{Search}?{query}");
        var body = await JsonAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var detail = body.GetProperty("detail").EnumerateArray().ToList();
        Assert.Contains(detail, d => d.GetProperty("loc")[0].GetString() == "query" && d.GetProperty("loc")[1].GetString() == parameter);
        Assert.All(detail, d => Assert.False(string.IsNullOrWhiteSpace(d.GetProperty("msg").GetString())));
    }

    [Fact]
    public async Task The_api_needs_its_own_scope()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var offersOnly = await platform.NewCallerAsync();

        using var refused = await offersOnly.GetAsync($"{Search}?rome=G1803&citycode={FinderData.Lyon}");
        using var anonymous = await platform.Client.GetAsync($"{Search}?rome=G1803&citycode={FinderData.Lyon}");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task An_application_at_the_default_quota_gets_2_calls_per_second_on_this_api()
    {
        var caller = await CallerAsync(StoreKind.Sqlite, ApiApplication.DefaultQuotaPerSecond, ApiApplication.DefaultQuotaBurst);

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
            responses.Add(await caller.GetAsync($"{Search}?rome=G1803&citycode={FinderData.Lyon}"));
        try
        {
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], responses.Select(r => r.StatusCode));
            Assert.All(responses, r => Assert.Equal("2", r.Headers.GetValues("X-Ratelimit-Replenish-Rate-Clientidlimiter").Single()));
            Assert.NotNull(responses[2].Headers.RetryAfter);
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }
    }
}
