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
        var removed = 0;
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
                removed += AssertNoContactInTexts(offer);
            }
            pages++;
            if (response.StatusCode == HttpStatusCode.OK)
                break;
        }
        Assert.True(pages > 1);
        Assert.Equal(await platform.Offres.CountOffersAsync(), offers);
        // The fixture's generator ends a third of the descriptions with a recruiter's details: they
        // were there, and went.
        Assert.True(removed > offers / 5, $"{removed} descriptions of {offers} show a removed contact detail");

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

    /// <summary>
    /// The free texts hold no e-mail (plain or disguised: "prenom [at] site point fr"), no link and no
    /// phone number in any layout ("+33 (0)6 12 34 56 78", "0612345678", "06.12.34.56.78").
    /// Returns 1 when the description shows a removal token.
    /// </summary>
    private static int AssertNoContactInTexts(JsonElement offer)
    {
        var texts = new List<string>();
        foreach (var name in (string[])["intitule", "description", "experienceCommentaire", "complementExercice", "conditionExercice"])
        {
            if (offer.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                texts.Add(value.GetString()!);
        }
        if (offer.TryGetProperty("entreprise", out var entreprise) && entreprise.TryGetProperty("description", out var about))
            texts.Add(about.GetString()!);
        foreach (var text in texts)
        {
            Assert.DoesNotContain("@", text, StringComparison.Ordinal);
            Assert.False(DisguisedEmail().IsMatch(text), "a disguised e-mail address: " + DisguisedEmail().Match(text).Value);
            Assert.False(Link().IsMatch(text), "a link: " + Link().Match(text).Value);
            Assert.False(AnyPhone().IsMatch(text), "a phone number: " + AnyPhone().Match(text).Value);
        }
        var description = offer.TryGetProperty("description", out var d) ? d.GetString() ?? "" : "";
        return description.Contains("[courriel]", StringComparison.Ordinal) || description.Contains("[téléphone]", StringComparison.Ordinal)
            || description.Contains("[lien]", StringComparison.Ordinal) ? 1 : 0;
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

    [GeneratedRegex(@"(?i)\s?(?:\[at\]|\(at\)|\{at\}|\barobase\b|\barrobase\b)\s?")]
    private static partial Regex DisguisedEmail();

    [GeneratedRegex(@"(?i)https?://|www\.|\b[a-z0-9-]+\.(?:fr|com|net|org)\b")]
    private static partial Regex Link();

    // Eight digits or more, whatever separates them: no phone number survives in any layout.
    [GeneratedRegex(@"(?:\+|\b)\d(?:[\s\u00A0.()\-]{0,3}\d){7,}")]
    private static partial Regex AnyPhone();
}
