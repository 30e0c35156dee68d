using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync;

public sealed class SyncFeedTests(ApiPlatformFixture fixture) : IClassFixture<ApiPlatformFixture>
{
    private const string Snapshot = SyncMirror.Prefix + "/snapshot";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_feed_needs_a_token_with_the_sync_scope(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        using (var anonymous = await platform.Client.GetAsync(new Uri(Snapshot, UriKind.Relative)))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var offresOnly = await platform.NewCallerAsync();
        using (var forbidden = await offresOnly.GetAsync(SyncMirror.Prefix + "/changes?after=0"))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var sync = await SyncMirror.NewCallerAsync(platform);
        using var ok = await sync.GetAsync(SyncMirror.Prefix + "/changes?after=0&limit=1");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("OpenEmploi", Assert.Single(ok.Headers.GetValues("X-Data-Source")));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_snapshot_holds_every_live_offer_published_without_contact_plain_or_gzip(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await SyncMirror.NewCallerAsync(platform);
        var plain = new SyncMirror(caller);
        var gzip = new SyncMirror(caller);

        await plain.LoadSnapshotAsync();
        await gzip.LoadSnapshotAsync(gzip: true);

        var live = new List<string>();
        await foreach (var entry in platform.Offres.StreamOffersAsync())
            live.Add(entry.Id);
        Assert.Equal(live.Order(StringComparer.Ordinal), plain.Offres.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(plain.Offres, gzip.Offres);
        Assert.Equal(plain.Cursor, gzip.Cursor);
        foreach (var offre in plain.Offres.Values.Take(50))
        {
            using var document = JsonDocument.Parse(offre);
            var contact = document.RootElement.GetProperty("contact");
            Assert.Equal(["courriel", "urlPostulation"], contact.EnumerateObject().Select(p => p.Name));
            Assert.False(document.RootElement.TryGetProperty("agence", out _));
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Nothing_changed_is_a_304_for_the_etag_given(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await SyncMirror.NewCallerAsync(platform);
        var head = await platform.Offres.GetLastSequenceAsync();
        foreach (var path in new[] { Snapshot + "?departement=75", $"{SyncMirror.Prefix}/changes?after={head}" })
        {
            string etag;
            using (var first = await caller.GetAsync(path))
            {
                Assert.Equal(HttpStatusCode.OK, first.StatusCode);
                etag = first.Headers.ETag!.ToString();
            }
            using var again = new HttpRequestMessage(HttpMethod.Get, path);
            again.Headers.Authorization = new("Bearer", caller.Token);
            again.Headers.TryAddWithoutValidation("If-None-Match", etag);
            using var notModified = await caller.Client.SendAsync(again);
            if (await platform.Offres.GetLastSequenceAsync() != head)
                continue; // Another writer moved the log: a 200 is right then.
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Equal(etag, notModified.Headers.ETag!.ToString());
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Invalid_parameters_are_a_french_problem(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await SyncMirror.NewCallerAsync(platform);
        foreach (var path in new[] { "/changes", "/changes?after=x", "/changes?after=0&limit=0", "/changes?after=0&departement=750", "/snapshot?codeROME=12345" })
        {
            using var response = await caller.GetAsync(SyncMirror.Prefix + path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.StartsWith("Le ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Filtered_mirrors_receive_the_deletions_and_departures_that_concern_them(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await SyncMirror.NewCallerAsync(platform);
        var store = platform.Offres;
        var (offer, elsewhere) = TwoPlaces(platform, seed: 7_102);
        var start = await store.GetLastSequenceAsync();

        await store.UpsertAsync(offer);
        var here = $"departement={offer.Departement}";
        var there = $"departement={elsewhere.Departement}";
        var (created, _) = await SyncMirror.ReadChangesAsync(caller, start, here);
        Assert.Equal("creation", Assert.Single(created, e => e.GetProperty("id").GetString() == offer.Id).GetProperty("type").GetString());

        // Moved to another département: a deletion for the first filter, an arrival for the second.
        var afterCreation = await store.GetLastSequenceAsync();
        var moved = MovedTo(offer, elsewhere);
        await store.UpsertAsync(moved);
        var (left, _) = await SyncMirror.ReadChangesAsync(caller, afterCreation, here);
        var departure = Assert.Single(left, e => e.GetProperty("id").GetString() == offer.Id);
        Assert.Equal("suppression", departure.GetProperty("type").GetString());
        Assert.Equal(elsewhere.Departement, departure.GetProperty("departement").GetString());
        var (arrived, _) = await SyncMirror.ReadChangesAsync(caller, afterCreation, there);
        Assert.Equal("modification", Assert.Single(arrived, e => e.GetProperty("id").GetString() == offer.Id).GetProperty("type").GetString());

        // Deleted: the tombstone reaches the mirrors of its département, région and ROME, with its codes.
        var afterMove = await store.GetLastSequenceAsync();
        Assert.True(await store.DeleteAsync(offer.Id));
        foreach (var filter in new[] { there, $"region={elsewhere.Region}", $"codeROME={elsewhere.Offre.RomeCode}", "" })
        {
            var (events, fin) = await SyncMirror.ReadChangesAsync(caller, afterMove, filter);
            var tombstone = Assert.Single(events, e => e.GetProperty("id").GetString() == offer.Id);
            Assert.Equal("suppression", tombstone.GetProperty("type").GetString());
            Assert.Equal(elsewhere.Offre.RomeCode, tombstone.GetProperty("codeROME").GetString());
            Assert.Equal(elsewhere.Offre.LieuTravail?.Commune, tombstone.GetProperty("commune").GetString());
            Assert.Equal(elsewhere.Departement, tombstone.GetProperty("departement").GetString());
            Assert.True(tombstone.TryGetProperty("date", out _));
            Assert.False(tombstone.TryGetProperty("offre", out _));
            Assert.True(fin.GetProperty("aJour").GetBoolean() || fin.GetProperty("suivant").GetInt64() >= tombstone.GetProperty("sequence").GetInt64());
        }
        var (unconcerned, _) = await SyncMirror.ReadChangesAsync(caller, afterMove, here);
        Assert.DoesNotContain(unconcerned, e => e.GetProperty("id").GetString() == offer.Id);
    }

    /// <summary>
    /// The guarantee: a snapshot at S, read while offers are created, updated (some moved in and out
    /// of the filter) and deleted, plus every change after S, is exactly the live base at the
    /// sequence the mirror reached, checked at several points while writes go on, then at the end.
    /// </summary>
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Snapshot_plus_changes_is_exactly_the_live_base_while_writes_run(StoreKind kind)
    {
        var platform = await fixture.StartAsync(kind);
        var caller = await SyncMirror.NewCallerAsync(platform);
        var store = platform.Offres;
        var departement = await BusiestDepartementAsync(store);
        var mirrors = new[] { new SyncMirror(caller), new SyncMirror(caller, $"departement={departement}") };

        await using var writer = new RandomWriter(platform, seed: 7_101, departement);
        await writer.StartAsync();
        await writer.WaitForAsync(20);
        foreach (var mirror in mirrors)
            await mirror.LoadSnapshotAsync(async line => { if (line % 50 == 0) await Task.Delay(20); });
        await writer.WaitForAsync(200);
        // Writes went on past the snapshots' sequences: the mirrors must follow them as changes.
        Assert.True(await store.GetLastSequenceAsync() > mirrors[1].Cursor, writer.ToString());

        var random = new Random(11);
        for (var round = 0; round < 3; round++)
        {
            foreach (var mirror in mirrors)
            {
                for (var page = 0; page < 5; page++)
                    await mirror.PullAsync(limit: random.Next(1, 60));
            }
            await writer.WaitForAsync(100);
            await using (await writer.PauseAsync())
            {
                foreach (var mirror in mirrors)
                    await AssertExactAsync(mirror, caller, store, departement, mirror == mirrors[1]);
            }
        }
        await writer.StopAsync();
        Assert.True(writer.Deleted > 0 && writer.MovedOut > 0 && writer.Created > 0 && writer.Updated > 0, writer.ToString());
        foreach (var mirror in mirrors)
            await AssertExactAsync(mirror, caller, store, departement, mirror == mirrors[1]);
    }

    private static async Task AssertExactAsync(SyncMirror mirror, ApiCaller caller, IOffreStore store, string departement, bool filtered)
    {
        await mirror.CatchUpAsync(limit: 97);
        var fresh = new SyncMirror(caller, filtered ? $"departement={departement}" : "");
        await fresh.LoadSnapshotAsync();
        Assert.Equal(fresh.Cursor, mirror.Cursor);
        var live = new List<string>();
        await foreach (var entry in store.StreamOffersAsync())
        {
            if (!filtered || entry.Departement == departement)
                live.Add(entry.Id);
        }
        Assert.Equal(live.Order(StringComparer.Ordinal), mirror.Offres.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(fresh.Offres.Count, mirror.Offres.Count);
        foreach (var (id, offre) in fresh.Offres)
            Assert.Equal(offre, mirror.Offres[id]);
    }

    private static async Task<string> BusiestDepartementAsync(IOffreStore store)
    {
        var statistics = await store.GetStatisticsAsync();
        return statistics.ByDepartement.Where(p => p.Key.Length > 0).MaxBy(p => p.Value).Key;
    }

    private static (OffreEntry Offer, OffreEntry Elsewhere) TwoPlaces(ApiPlatform platform, int seed)
    {
        var generated = Generator(platform, seed).Generate(0, 200).ToList();
        var offer = generated[0];
        var elsewhere = generated.First(e => e.Departement != offer.Departement && e.Region != offer.Region
            && e.Offre.RomeCode != offer.Offre.RomeCode && e.Offre.LieuTravail?.Commune is not null);
        return (offer, elsewhere);
    }

    internal static OffreGenerator Generator(ApiPlatform platform, int seed) =>
        new(platform.Services.GetRequiredService<ReferenceData>(), new OffreGeneratorOptions { Seed = seed, Now = DateTime.UnixEpoch.AddYears(56) });

    /// <summary>The offer, with the place and ROME code of <paramref name="template"/>.</summary>
    internal static OffreEntry MovedTo(OffreEntry offer, OffreEntry template)
    {
        var copy = OffreJson.Deserialize(OffreJson.Serialize(offer.Offre));
        copy.LieuTravail = template.Offre.LieuTravail;
        copy.RomeCode = template.Offre.RomeCode;
        copy.Intitule = template.Offre.Intitule;
        return offer with { Offre = copy, Departement = template.Departement, Region = template.Region };
    }
}
