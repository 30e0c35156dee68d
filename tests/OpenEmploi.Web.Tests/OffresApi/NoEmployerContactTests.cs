using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OffresApi;

/// <summary>Reuse licence: no employer contact detail ever leaves the platform through the API.</summary>
public sealed partial class NoEmployerContactTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task No_response_over_the_whole_base_carries_an_email_a_phone_number_or_a_contact_name(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        // An offer as an employer might post it, with its recruiter's details in `contact` and `agence`.
        var leaky = await LeakyOfferAsync(platform);

        var pages = 0;
        var offers = 0;
        for (var start = 0; ; start += 150)
        {
            using var response = await caller.SearchAsync($"sort=1&range={start}-{start + 149}");
            if (response.StatusCode == HttpStatusCode.NoContent)
                break;
            var json = await response.Content.ReadAsStringAsync();
            AssertNoContactDetails(json);
            using var body = JsonDocument.Parse(json);
            foreach (var offer in body.RootElement.GetProperty("resultats").EnumerateArray())
            {
                offers++;
                AssertOnlyTheApplyLink(offer, caller.ClientId);
            }
            pages++;
            if (response.StatusCode == HttpStatusCode.OK)
                break;
        }
        Assert.True(pages > 1);
        Assert.Equal(await platform.Offres.CountOffersAsync(), offers);

        using var detail = await caller.GetAsync("/partenaire/offresdemploi/v2/offres/" + leaky);
        var detailJson = await detail.Content.ReadAsStringAsync();
        AssertNoContactDetails(detailJson);
        using var detailBody = JsonDocument.Parse(detailJson);
        AssertOnlyTheApplyLink(detailBody.RootElement, caller.ClientId);
    }

    private static void AssertNoContactDetails(string json)
    {
        Assert.False(Email().IsMatch(json), "an e-mail address: " + Email().Match(json).Value);
        Assert.False(FrenchPhone().IsMatch(json), "a phone number: " + FrenchPhone().Match(json).Value);
        Assert.DoesNotContain("Mme Recruteuse", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"telephone\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"agence\"", json, StringComparison.Ordinal);
    }

    private static void AssertOnlyTheApplyLink(JsonElement offer, string clientId)
    {
        var contact = offer.GetProperty("contact");
        Assert.Equal(["courriel", "urlPostulation"], contact.EnumerateObject().Select(p => p.Name));
        Assert.EndsWith($"/postuler?app={clientId}", contact.GetProperty("urlPostulation").GetString(), StringComparison.Ordinal);
    }

    private static async Task<string> LeakyOfferAsync(ApiPlatform platform)
    {
        var id = await DetailEndpointTests.AnyLiveIdAsync(platform, skip: 3);
        var entry = (await platform.Offres.GetEntryAsync(id))!;
        entry.Offre.Contact = new Contact { Nom = "Mme Recruteuse", Courriel = "recrutement@boulangerie-exemple.fr", UrlPostulation = "https://boulangerie-exemple.fr/candidature" };
        entry.Offre.Agence = new Agence { Telephone = "04 72 00 00 00", Courriel = "agence@exemple.fr" };
        await platform.Offres.UpsertAsync(entry);
        return id;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(?:\+33\s?|0)[1-9](?:[ .-]?\d{2}){4}(?!\d)")]
    private static partial Regex FrenchPhone();
}
