using System.Net;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.OffresApi;

public sealed class ApplyRedirectTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_apply_link_counts_the_redirection_for_the_application_and_sends_the_browser_on(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await platform.NewCallerAsync();
        var partnerOffer = await FindAsync(platform, partner: true);
        var ownOffer = await FindAsync(platform, partner: false);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.Client.BaseAddress };

        using (var toPartner = await browser.GetAsync($"/offres/{partnerOffer.Id}/postuler?app={caller.ClientId}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, toPartner.StatusCode);
            Assert.Equal(partnerOffer.OrigineOffre!.UrlOrigine, toPartner.Headers.Location!.ToString());
        }
        using (var toPortal = await browser.GetAsync($"/offres/{ownOffer.Id}/postuler?app={caller.ClientId}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, toPortal.StatusCode);
            Assert.Equal($"/offres/{ownOffer.Id}", toPortal.Headers.Location!.ToString());
        }
        using (await browser.GetAsync($"/offres/{ownOffer.Id}/postuler?app={caller.ClientId}"))
        {
        }

        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var counts = await platform.Applications.GetApplyRedirectCountsAsync(caller.ClientId, today.AddDays(-1), today.AddDays(1));
        Assert.Equal(1, counts.Single(c => c.OffreId == partnerOffer.Id).Count);
        Assert.Equal(2, counts.Single(c => c.OffreId == ownOffer.Id).Count);
    }

    [Fact]
    public async Task A_visit_without_a_known_application_is_counted_as_direct()
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);
        var offer = await FindAsync(platform, partner: false);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.Client.BaseAddress };

        using (await browser.GetAsync($"/offres/{offer.Id}/postuler?app=PAR_forged_123"))
        {
        }

        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var counts = await platform.Applications.GetApplyRedirectCountsAsync("", today.AddDays(-1), today.AddDays(1));
        Assert.Contains(counts, c => c.OffreId == offer.Id);
        Assert.Empty(await platform.Applications.GetApplyRedirectCountsAsync("PAR_forged_123", today.AddDays(-1), today.AddDays(1)));
    }

    [Theory]
    [InlineData("999ZZZZ")]
    [InlineData("pas-un-id")]
    public async Task An_unknown_offer_is_a_404_in_french(string id)
    {
        var platform = await fixture.StartAsync(StoreKind.Sqlite);

        using var response = await platform.Client.GetAsync($"/offres/{id}/postuler");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("n'existe pas ou n'est plus disponible", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<OpenEmploi.Core.Offres.Offre> FindAsync(ApiPlatform platform, bool partner)
    {
        await foreach (var entry in platform.Offres.StreamOffersAsync())
        {
            if ((entry.Offre.OrigineOffre?.Origine == "2") == partner)
                return entry.Offre;
        }
        throw new InvalidOperationException("no such offer in the demo base");
    }
}
