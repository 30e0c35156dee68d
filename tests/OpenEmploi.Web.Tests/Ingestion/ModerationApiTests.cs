using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.DepotOffres;
using OpenEmploi.Web.Tests.Hosting;
using static OpenEmploi.Web.Tests.Ingestion.IngestionPlatform;

namespace OpenEmploi.Web.Tests.Ingestion;

public sealed class ModerationApiTests(IngestionPlatformFixture fixture) : IClassFixture<IngestionPlatformFixture>
{
    private const string Queue = "/admin/moderation/v1/offres";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_held_offer_is_in_the_queue_with_its_score_and_reasons_and_approving_it_publishes_it(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (source, reference) = await HoldAsync(platform, "A-APPROUVER");
        var moderator = await platform.OperatorAsync();

        var held = await FindInQueueAsync(moderator, source, reference);
        Assert.NotNull(held);
        Assert.True(held.Value.GetProperty("scoreFraude").GetInt32() >= 60);
        Assert.NotEmpty(held.Value.GetProperty("codes").EnumerateArray());
        Assert.Contains(held.Value.GetProperty("motifs").EnumerateArray(), m => m.GetString()!.StartsWith("Fraude présumée", StringComparison.Ordinal));
        Assert.Equal("Boulanger / Boulangère", held.Value.GetProperty("offre").GetProperty("intitule").GetString());

        using var response = await moderator.SendAsync(HttpMethod.Post, $"{Queue}/{source}/{reference}/approuver");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var decision = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("approuvee", decision.GetProperty("decision").GetString());
        var offreId = decision.GetProperty("offreId").GetString()!;
        Assert.NotNull(await platform.DetailAsync(offreId));
        Assert.Null(await FindInQueueAsync(moderator, source, reference));
        Assert.True(IngestionStatus.IsLive((await platform.Ingestion.GetRowAsync(source, reference))!.Status));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Rejecting_a_held_offer_keeps_it_refused_with_the_reason(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var (source, reference) = await HoldAsync(platform, "A-REFUSER");
        var moderator = await platform.OperatorAsync();
        var path = $"{Queue}/{source}/{reference}/rejeter";

        using (var withoutReason = await moderator.SendAsync(HttpMethod.Post, path, Json("{}")))
            Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        using var response = await moderator.SendAsync(HttpMethod.Post, path, Json("{\"motif\": \"Annonce d'argent facile\"}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("refusee", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("decision").GetString());
        var row = await platform.Ingestion.GetRowAsync(source, reference);
        Assert.Equal(IngestionStatus.Rejected, row!.Status);
        Assert.Contains("Refusée par la modération : Annonce d'argent facile", row.Reasons);
        Assert.Null(await FindInQueueAsync(moderator, source, reference));

        using var again = await moderator.SendAsync(HttpMethod.Post, $"{Queue}/{source}/{reference}/approuver");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var unknown = await moderator.SendAsync(HttpMethod.Post, $"{Queue}/{source}/INCONNUE/approuver");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_queue_is_for_the_operator_only_and_checks_its_paging(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using (var anonymous = await platform.Api.Client.GetAsync(new Uri(Queue, UriKind.Relative)))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        foreach (var caller in new[] { await platform.PosterAsync(), await platform.ReaderAsync() })
        {
            using var refused = await caller.GetAsync(Queue);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        var moderator = await platform.OperatorAsync();
        using var bad = await moderator.GetAsync(Queue + "?taille=500");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("« taille »", (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Posts an offer with scam words and runs the worker: it is held.</summary>
    private static async Task<(string Source, string Reference)> HoldAsync(IngestionPlatform platform, string reference)
    {
        var poster = await platform.PosterAsync();
        var decided = await platform.DecidedAsync(poster, await PostAcceptedAsync(poster, PostedOffer.Json(reference, extra: PostedOffer.Fraud)));
        Assert.Equal("hold", decided[0].GetProperty("decision").GetString());
        return (PostingSource.CodeOf(poster.ClientId), reference);
    }

    private static async Task<JsonElement?> FindInQueueAsync(ApiCaller moderator, string source, string reference)
    {
        for (var page = 0; ; page++)
        {
            using var response = await moderator.GetAsync($"{Queue}?page={page}&taille=2");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var offers = body.GetProperty("offres").EnumerateArray().ToList();
            if (offers.Count == 0)
                return null;
            foreach (var offer in offers)
            {
                if (offer.GetProperty("source").GetString() == source && offer.GetProperty("reference").GetString() == reference)
                    return offer;
            }
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
