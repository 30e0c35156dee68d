using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OffresApi;

/// <summary>
/// Written from the contract the way the public client libraries behave: a form-encoded token
/// request with the realm in the query string and the extra application scope, comma lists,
/// paging through a whole result set by `range`, `Content-Range` parsed with their pattern, and
/// 204 read as "no offers".
/// </summary>
public sealed partial class ClientLibraryCompatibilityTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_client_library_pages_through_a_whole_search_and_sees_every_offer_once(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (clientId, secret) = await platform.CreateApplicationAsync();
        var http = platform.Client;

        using var tokenResponse = await http.PostAsync(
            "/connexion/oauth2/access_token?realm=%2Fpartenaire",
            new StringContent(
                $"grant_type=client_credentials&client_id={Uri.EscapeDataString(clientId)}&client_secret={secret}&scope=application_{clientId}%20api_offresdemploiv2%20o2dsoffre",
                System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        tokenResponse.EnsureSuccessStatusCode();
        using var token = JsonDocument.Parse(await tokenResponse.Content.ReadAsStringAsync());
        var caller = new ApiCaller(http, clientId, token.RootElement.GetProperty("access_token").GetString()!);

        var ids = new List<string>();
        int? total = null;
        var start = 0;
        while (true)
        {
            using var response = await caller.SearchAsync($"typeContrat=CDI,CDD&qualification=0&range={start}-{start + 149}");
            if (response.StatusCode == HttpStatusCode.NoContent)
                break; // the libraries treat 204 as an empty page
            response.EnsureSuccessStatusCode();
            var match = ContentRange().Match(response.Content.Headers.GetValues("Content-Range").Single());
            Assert.True(match.Success);
            var (first, last, count) = (Parse(match, 1), Parse(match, 2), Parse(match, 3));
            total ??= count;
            Assert.Equal(start, first);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var page = body.RootElement.GetProperty("resultats").EnumerateArray().ToList();
            Assert.Equal(last - first + 1, page.Count);
            Assert.All(page, o => Assert.Contains(o.GetProperty("typeContrat").GetString(), new[] { "CDI", "CDD" }));
            ids.AddRange(page.Select(o => o.GetProperty("id").GetString()!));
            if (last + 1 >= count)
                break;
            start = last + 1;
        }

        Assert.NotNull(total);
        Assert.True(total > 150, "the search should span several pages");
        Assert.Equal(total, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_search_with_nothing_to_return_reads_as_an_empty_list()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.SearchAsync("motsCles=zzyzxqwv,boulanger");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
    }

    private static int Parse(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"offres (\d+)-(\d+)/(\d+)")]
    private static partial Regex ContentRange();
}
