using System.Net;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OffresApi;

public sealed class DetailEndpointTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private const string Detail = "/partenaire/offresdemploi/v2/offres/";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_live_offer_is_served_whole_with_its_contact_replaced_by_the_apply_link(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        var id = await AnyLiveIdAsync(platform);
        var stored = (await platform.Offres.GetAsync(id))!;

        using var response = await caller.GetAsync(Detail + id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var offer = body.RootElement;
        Assert.Equal(id, offer.GetProperty("id").GetString());
        Assert.Equal(stored.Intitule, offer.GetProperty("intitule").GetString());
        Assert.Equal(stored.Description, offer.GetProperty("description").GetString());
        var contact = offer.GetProperty("contact");
        var link = contact.GetProperty("urlPostulation").GetString()!;
        Assert.EndsWith($"/offres/{id}/postuler?app={caller.ClientId}", link, StringComparison.Ordinal);
        Assert.Equal("Pour postuler, utiliser le lien suivant : " + link, contact.GetProperty("courriel").GetString());
        Assert.Equal(["courriel", "urlPostulation"], contact.EnumerateObject().Select(p => p.Name));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_unknown_or_deleted_offer_is_an_empty_204(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        var deleted = await AnyLiveIdAsync(platform, skip: 7);
        await platform.Offres.DeleteAsync(deleted);

        foreach (var id in new[] { "999ZZZZ", deleted })
        {
            using var response = await caller.GetAsync(Detail + id);
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("ABCDEFG")]
    [InlineData("048KLTPX")]
    public async Task A_malformed_id_is_a_400_with_the_documented_message(string id)
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var caller = await platform.NewCallerAsync();

        using var response = await caller.GetAsync(Detail + id);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"codeHttp":400,"message":"Le format de l'id de l'offre recherchée est incorrect."}""", await response.Content.ReadAsStringAsync());
    }

    internal static async Task<string> AnyLiveIdAsync(ApiPlatform platform, int skip = 0)
    {
        var seen = 0;
        await foreach (var entry in platform.Offres.StreamOffersAsync())
        {
            if (seen++ == skip)
                return entry.Id;
        }
        throw new InvalidOperationException("the demo base is empty");
    }
}
