using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;
using static OpenEmploi.Web.Tests.Ingestion.IngestionPlatform;

namespace OpenEmploi.Web.Tests.Ingestion;

public sealed class PostingsApiTests(IngestionPlatformFixture fixture) : IClassFixture<IngestionPlatformFixture>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task One_posted_offer_is_accepted_then_published_and_its_status_says_so(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await PosterAsync(platform);

        using var response = await PostAsync(poster, PostedOffer.Json("REF-1"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var lot = body.GetProperty("lot").GetString()!;
        Assert.Equal("/partenaire/depotoffres/v1/lots/" + lot, response.Headers.Location!.OriginalString);
        Assert.Equal(1, body.GetProperty("acceptees").GetInt32());
        var record = Assert.Single(await platform.DecidedAsync(poster, lot));
        Assert.Equal(("REF-1", "depot", "publish"), (record.GetProperty("reference").GetString(), record.GetProperty("operation").GetString(), record.GetProperty("decision").GetString()));
        var offreId = record.GetProperty("offreId").GetString()!;
        var detail = await platform.DetailAsync(offreId);
        Assert.Equal("Boulanger / Boulangère", detail!.Value.GetProperty("intitule").GetString());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_posted_offer_is_the_platforms_own_origine_1_linked_to_its_portal_page(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await PosterAsync(platform);
        // Given with an apply link of its own: an employer's posting still goes out as the platform's offer.
        var json = PostedOffer.Json("OWN-1").Replace("\"typeContrat\":", "\"contact\":{\"urlPostulation\":\"https://ats.example/job/1\"},\"typeContrat\":", StringComparison.Ordinal);

        var lot = await PostAcceptedAsync(poster, json);

        var offreId = Assert.Single(await platform.DecidedAsync(poster, lot)).GetProperty("offreId").GetString()!;
        var origine = (await platform.DetailAsync(offreId))!.Value.GetProperty("origineOffre");
        Assert.Equal("1", origine.GetProperty("origine").GetString());
        var page = new Uri(origine.GetProperty("urlOrigine").GetString()!);
        Assert.True(page.IsAbsoluteUri);
        Assert.Equal("/offres/" + offreId, page.AbsolutePath);
        Assert.False(origine.TryGetProperty("partenaires", out var partenaires) && partenaires.ValueKind == JsonValueKind.Array && partenaires.GetArrayLength() > 0);

        // The apply redirect lands on the portal's page, which says the employer posted it.
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = platform.Running.Client.BaseAddress };
        using var redirect = await browser.GetAsync($"/offres/{offreId}/postuler");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal("/offres/" + offreId, redirect.Headers.Location!.OriginalString);
        var html = await platform.Running.Client.GetStringAsync("/offres/" + offreId);
        Assert.Contains("Offre déposée sur OpenEmploi par l'employeur", html, StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_malformed_record_of_a_batch_is_reported_with_its_index_and_the_others_are_processed(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await PosterAsync(platform);
        var broken = PostedOffer.Json("B-2").Replace("\"dateCreation\":\"", "\"dateCreation\":\"pas une date", StringComparison.Ordinal);

        using var response = await PostAsync(poster, PostedOffer.Batch(PostedOffer.Json("B-1"), broken, PostedOffer.Json("B-3")));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((2, 1), (body.GetProperty("acceptees").GetInt32(), body.GetProperty("refusees").GetInt32()));
        var error = Assert.Single(body.GetProperty("erreurs").EnumerateArray());
        Assert.Equal((1, "B-2", "dateCreation"), (error.GetProperty("index").GetInt32(), error.GetProperty("reference").GetString(), error.GetProperty("champ").GetString()));
        Assert.Contains("n'est pas une date", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        var records = await platform.DecidedAsync(poster, body.GetProperty("lot").GetString()!);
        Assert.Equal(["publish", "error", "publish"], records.Select(r => r.GetProperty("decision").GetString()));
        Assert.Equal([0, 1, 2], records.Select(r => r.GetProperty("index").GetInt32()));
        Assert.Contains("n'est pas une date", records[1].GetProperty("motifs")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Bad_bodies_are_400_problems_and_nothing_is_stored(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await PosterAsync(platform);

        foreach (var (json, expected) in new[]
        {
            ("{\"id\": \"X\", ", "JSON invalide"),
            ("[]", "Lot vide"),
            ("42", "une offre (objet JSON) ou un lot"),
            (PostedOffer.Batch("{\"id\":\"SANS-TITRE\"}", "\"texte\""), "Aucune offre du lot n'est valide"),
        })
        {
            using var response = await PostAsync(poster, json);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using var invalid = await PostAsync(poster, PostedOffer.Batch("{\"id\":\"SANS-TITRE\"}", "\"texte\""));
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erreurs").EnumerateArray().ToList();
        Assert.Equal([(0, "intitule"), (1, null)], errors.Select(e => (e.GetProperty("index").GetInt32(), e.GetProperty("champ").GetString())));
        Assert.Null(await platform.Ingestion.GetSourceAsync(Features.DepotOffres.PostingSource.CodeOf(poster.ClientId)));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Blocking_rules_and_a_high_fraud_score_are_the_decisions_of_their_records(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await PosterAsync(platform);

        var lot = await PostAcceptedAsync(poster, PostedOffer.Batch(
            PostedOffer.Json("BLOQUEE", extra: PostedOffer.Discriminating),
            PostedOffer.Json("RETENUE", extra: PostedOffer.Fraud)));

        var records = await platform.DecidedAsync(poster, lot);
        var blocked = records[0];
        Assert.Equal("block", blocked.GetProperty("decision").GetString());
        var codes = blocked.GetProperty("codes").EnumerateArray().Select(c => c.GetString()).ToList();
        Assert.Contains("R01", codes);
        Assert.Contains("R02", codes);
        Assert.NotEmpty(blocked.GetProperty("motifs").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, blocked.GetProperty("offreId").ValueKind);
        var held = records[1];
        Assert.Equal("hold", held.GetProperty("decision").GetString());
        Assert.Contains(held.GetProperty("motifs").EnumerateArray(), r => r.GetString()!.StartsWith("Fraude présumée", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, held.GetProperty("offreId").ValueKind);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Posting_a_reference_again_updates_its_offer_and_deleting_it_removes_the_offer(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var poster = await PosterAsync(platform);
        var employer = "Fournil " + PostedOffer.Unique();
        var first = (await platform.DecidedAsync(poster, await PostAcceptedAsync(poster, PostedOffer.Json("MAJ-1", employer: employer))))[0];
        var offreId = first.GetProperty("offreId").GetString()!;

        var again = await platform.DecidedAsync(poster, await PostAcceptedAsync(poster, PostedOffer.Json("MAJ-1", "Boulanger confirmé / Boulangère confirmée", employer: employer)));

        Assert.Equal(("publish", offreId), (again[0].GetProperty("decision").GetString(), again[0].GetProperty("offreId").GetString()));
        Assert.Equal("Boulanger confirmé / Boulangère confirmée", (await platform.DetailAsync(offreId))!.Value.GetProperty("intitule").GetString());

        using var delete = await poster.SendAsync(HttpMethod.Delete, Offres + "/MAJ-1");
        Assert.Equal(HttpStatusCode.Accepted, delete.StatusCode);
        var deleted = await platform.DecidedAsync(poster, (await delete.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lot").GetString()!);
        Assert.Equal(("retrait", "deleted", offreId), (deleted[0].GetProperty("operation").GetString(), deleted[0].GetProperty("decision").GetString(), deleted[0].GetProperty("offreId").GetString()));
        Assert.Null(await platform.DetailAsync(offreId));

        using var unknown = await poster.SendAsync(HttpMethod.Delete, Offres + "/JAMAIS-DEPOSEE");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Without_the_postings_scope_calls_are_refused_and_a_batch_is_seen_only_by_its_application(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using var anonymous = await platform.Api.Client.PostAsync(new Uri(Offres, UriKind.Relative), new StringContent(PostedOffer.Json("X"), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        foreach (var caller in new[] { await platform.ReaderAsync(), await platform.OperatorAsync() })
        {
            using var refused = await PostAsync(caller, PostedOffer.Json("X"));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        var poster = await PosterAsync(platform);
        var lot = await PostAcceptedAsync(poster, PostedOffer.Json("PRIVEE"));
        using var other = await (await PosterAsync(platform)).GetAsync("/partenaire/depotoffres/v1/lots/" + lot);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    private static Task<ApiCaller> PosterAsync(IngestionPlatform platform) => platform.CallerAsync(ApiScopes.DepotOffres);
}
