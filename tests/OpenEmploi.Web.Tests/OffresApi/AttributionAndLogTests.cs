using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OffresApi;

public sealed class AttributionAndLogTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    [Theory]
    [InlineData("/partenaire/offresdemploi/v2/offres/search?range=0-1", true)]
    [InlineData("/partenaire/offresdemploi/v2/offres/search?range=x", true)]
    [InlineData("/partenaire/offresdemploi/v2/offres/search?motsCles=zzyzxqwv", true)]
    [InlineData("/partenaire/offresdemploi/v2/offres/999ZZZZ", true)]
    [InlineData("/partenaire/offresdemploi/v2/referentiel/regions", true)]
    [InlineData("/partenaire/offresdemploi/v2/offres/search", false)]
    public async Task Every_API_response_names_the_source_the_last_update_and_the_licence(string path, bool withToken)
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync();

        using var response = withToken ? await caller.GetAsync(path) : await platform.Client.GetAsync(path);

        var link = response.Headers.GetValues("Link").Single();
        Assert.Equal($"<{platform.Client.BaseAddress!.ToString().TrimEnd('/')}/licence>; rel=\"license\"", link);
        Assert.Equal("OpenEmploi", response.Headers.GetValues("X-Data-Source").Single());
        var lastUpdate = DateTimeOffset.Parse(response.Headers.GetValues("X-Data-Last-Update").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(lastUpdate, TimeProvider.System.GetUtcNow().AddHours(-1), TimeProvider.System.GetUtcNow().AddMinutes(1));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Each_call_of_an_application_is_logged_with_its_endpoint_status_and_duration(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        using (await caller.SearchAsync("range=0-0"))
        using (await caller.SearchAsync("range=abc"))
        using (await caller.GetAsync("/partenaire/offresdemploi/v2/referentiel/themes"))
        {
        }

        var from = TimeProvider.System.GetUtcNow().AddMinutes(-5);
        IReadOnlyList<OpenEmploi.Storage.Applications.AccessLogEntry> entries = [];
        for (var attempt = 0; attempt < 50 && entries.Count < 3; attempt++)
        {
            await Task.Delay(200);
            entries = await platform.Applications.ReadAccessLogAsync(caller.ClientId, from, from.AddMinutes(10), 100);
        }

        Assert.Equal(3, entries.Count);
        Assert.Equal([206, 400, 200], entries.OrderBy(e => e.At).Select(e => e.Status));
        Assert.All(entries, e => Assert.Equal("GET", e.Method));
        Assert.Contains(entries, e => e.Endpoint == "/partenaire/offresdemploi/v2/referentiel/themes");
        Assert.All(entries, e => Assert.True(e.DurationMs > 0));
    }
}
