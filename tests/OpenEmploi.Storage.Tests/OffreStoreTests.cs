using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

public sealed class OffreStoreTests(TestStores stores) : StoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Offers_come_back_byte_for_byte(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var bulk = TestOffres.Range(1, 3).ToList();
        var single = TestOffres.Entry(10, "JOBIJOBA", "JJ-10");
        await store.BulkInsertAsync(bulk);
        await store.UpsertAsync(single);

        foreach (var entry in bulk.Append(single))
        {
            var written = OffreJson.SerializeToUtf8(entry.Offre);
            var json = await store.GetJsonAsync(entry.Id);
            Assert.NotNull(json);
            Assert.Equal(written, Encoding.UTF8.GetBytes(json));
            var offre = await store.GetAsync(entry.Id);
            Assert.NotNull(offre);
            Assert.Equal(written, OffreJson.SerializeToUtf8(offre));
            Assert.Equal(entry.Offre.DateCreation, offre.DateCreation);
            var read = await store.GetEntryAsync(entry.Id);
            Assert.NotNull(read);
            Assert.Equal((entry.Source, entry.SourceId, entry.AppellationCode, entry.Departement, entry.Region),
                (read.Source, read.SourceId, read.AppellationCode, read.Departement, read.Region));
            Assert.Equal(written, OffreJson.SerializeToUtf8(read.Offre));
        }
        Assert.Null(await store.GetEntryAsync("999ZZZZ"));
        Assert.True(OffreJson.SerializeToUtf8(single.Offre).Length > 1800, "test offers should weigh about 2 KB");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Streaming_returns_every_live_offer_with_its_columns(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var entries = TestOffres.Range(1, 6).Append(TestOffres.Entry(7, "JOBIJOBA", "JJ-7")).ToList();
        await store.BulkInsertAsync(entries);
        await store.DeleteAsync(TestOffres.Id(2));

        var streamed = new List<OffreEntry>();
        await foreach (var entry in store.StreamOffersAsync())
            streamed.Add(entry);

        var expected = entries.Where(e => e.Id != TestOffres.Id(2)).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        streamed.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        Assert.Equal(expected.Count, streamed.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i] with { Offre = null! }, streamed[i] with { Offre = null! });
            Assert.Equal(OffreJson.Serialize(expected[i].Offre), OffreJson.Serialize(streamed[i].Offre));
        }
        Assert.Equal(expected.Count, await store.CountOffersAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Upsert_creates_then_updates_and_logs_both(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var first = TestOffres.Entry(5);
        var second = TestOffres.Entry(5, version: 2);

        Assert.Equal(ChangeKind.Created, await store.UpsertAsync(first));
        Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(ChangeKind.Updated, await store.UpsertAsync(second));

        Assert.Equal(OffreJson.Serialize(second.Offre), await store.GetJsonAsync(first.Id));
        Assert.Equal(1, await store.CountOffersAsync());
        var changes = await ReadAllChangesAsync(store);
        Assert.Equal([(first.Id, ChangeKind.Created), (first.Id, ChangeKind.Updated)], changes.Select(c => (c.OffreId, c.Kind)));
        Assert.Equal([Start, Start.AddMinutes(1)], changes.Select(c => c.At));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Upsert_rejects_a_source_reference_already_used_by_another_offer(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.UpsertAsync(TestOffres.Entry(1, "JOBIJOBA", "REF-1"));

        var error = await Assert.ThrowsAsync<DuplicateOffreException>(() => store.UpsertAsync(TestOffres.Entry(2, "JOBIJOBA", "REF-1")));

        Assert.Equal(TestOffres.Id(2), error.OffreId);
        Assert.Contains(TestOffres.Id(2), error.Message, StringComparison.Ordinal);
        Assert.Contains("REF-1", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.GetJsonAsync(TestOffres.Id(2)));
        Assert.Single(await ReadAllChangesAsync(store));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Deleting_purges_the_content_and_keeps_a_tombstone(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        const string marker = "CONTENU-A-PURGER-7Q";
        var entry = TestOffres.Entry(42, marker: marker);
        await store.UpsertAsync(entry);
        await store.UpsertAsync(TestOffres.Entry(43));
        Time.Advance(TimeSpan.FromHours(2));

        Assert.True(await store.DeleteAsync(entry.Id));

        Assert.Null(await store.GetAsync(entry.Id));
        Assert.Null(await store.GetJsonAsync(entry.Id));
        var tombstone = await store.GetTombstoneAsync(entry.Id);
        Assert.Equal(
            new Tombstone(entry.Id, entry.Offre.RomeCode, entry.Offre.LieuTravail!.Commune, entry.Departement,
                entry.Offre.DateCreation, entry.Offre.DateActualisation, Start.AddHours(2)),
            tombstone);
        Assert.Equal(0, await ScalarAsync(location, $"SELECT count(*) FROM offres WHERE id = '{entry.Id}' OR json LIKE '%{marker}%'"));
        Assert.Equal(1, await ScalarAsync(location, "SELECT count(*) FROM offres"));
        Assert.Equal(1, await store.CountOffersAsync());
        var last = Assert.Single(await ReadAllChangesAsync(store), c => c.Kind == ChangeKind.Deleted);
        Assert.Equal((entry.Id, Start.AddHours(2)), (last.OffreId, last.At));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Deleting_twice_or_deleting_an_unknown_offer_changes_nothing(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.UpsertAsync(TestOffres.Entry(1));

        Assert.True(await store.DeleteAsync(TestOffres.Id(1)));
        var sequence = await store.GetLastSequenceAsync();
        Assert.False(await store.DeleteAsync(TestOffres.Id(1)));
        Assert.False(await store.DeleteAsync(TestOffres.Id(999)));

        Assert.Equal(sequence, await store.GetLastSequenceAsync());
        Assert.Null(await store.GetTombstoneAsync(TestOffres.Id(999)));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_deleted_id_can_be_created_again_and_loses_its_tombstone(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.BulkInsertAsync(TestOffres.Range(1, 2));
        await store.DeleteAsync(TestOffres.Id(1));
        await store.DeleteAsync(TestOffres.Id(2));

        Assert.Equal(ChangeKind.Created, await store.UpsertAsync(TestOffres.Entry(1, version: 2)));
        Assert.Equal(1, await store.BulkInsertAsync([TestOffres.Entry(2, version: 3)]));

        Assert.Null(await store.GetTombstoneAsync(TestOffres.Id(1)));
        Assert.Null(await store.GetTombstoneAsync(TestOffres.Id(2)));
        Assert.Equal(OffreJson.Serialize(TestOffres.Entry(1, version: 2).Offre), await store.GetJsonAsync(TestOffres.Id(1)));
        Assert.Equal(OffreJson.Serialize(TestOffres.Entry(2, version: 3).Offre), await store.GetJsonAsync(TestOffres.Id(2)));
        Assert.Equal(0, (await store.GetStatisticsAsync()).Tombstones);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Every_write_stores_the_offer_without_its_contact_details(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var bulk = Leaky(TestOffres.Entry(1));
        var upserted = Leaky(TestOffres.Entry(2));

        await store.BulkInsertAsync([bulk]);
        await store.UpsertAsync(upserted);

        foreach (var id in (string[])[TestOffres.Id(1), TestOffres.Id(2)])
        {
            var json = (await store.GetJsonAsync(id))!;
            Assert.DoesNotContain("rh@exemple.fr", json, StringComparison.Ordinal);
            Assert.DoesNotContain("06 12 34 56 78", json, StringComparison.Ordinal);
            Assert.DoesNotContain("Mme Girard", json, StringComparison.Ordinal);
            Assert.DoesNotContain("\"agence\"", json, StringComparison.Ordinal);
            Assert.Contains("CV à [courriel] ou au [téléphone].", json, StringComparison.Ordinal);
        }
        // The caller's offers are left as they were (a generator or a test may share them).
        foreach (var written in (OffreEntry[])[bulk, upserted])
        {
            Assert.Equal("rh@exemple.fr", written.Offre.Contact?.Courriel);
            Assert.EndsWith("CV à rh@exemple.fr ou au 06 12 34 56 78.", written.Offre.Description, StringComparison.Ordinal);
        }
    }

    private static OffreEntry Leaky(OffreEntry entry)
    {
        entry.Offre.Description += " CV à rh@exemple.fr ou au 06 12 34 56 78.";
        entry.Offre.Contact = new Contact { Nom = "Mme Girard", Courriel = "rh@exemple.fr" };
        entry.Offre.Agence = new Agence { Telephone = "06 12 34 56 78" };
        return entry;
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Sources_are_upserted_and_listed_by_code(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.UpsertSourcesAsync(
        [
            new Source("JOBIJOBA", "Jobijoba", "https://www.jobijoba.com", null),
            new Source("INDEED", "Indeed", null, "https://exemple.fr/logo.png"),
        ]);
        await store.UpsertSourcesAsync([new Source("JOBIJOBA", "Jobijoba France", "https://www.jobijoba.com", "https://exemple.fr/jj.png")]);

        Assert.Equal(
            [
                new Source("INDEED", "Indeed", null, "https://exemple.fr/logo.png"),
                new Source("JOBIJOBA", "Jobijoba France", "https://www.jobijoba.com", "https://exemple.fr/jj.png"),
                new Source(Sources.Plateforme, "OpenEmploi", null, null),
            ],
            await store.GetSourcesAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Metadata_values_are_set_replaced_and_read(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);

        Assert.Null(await store.GetMetadataAsync("datagen.next"));
        await store.SetMetadataAsync("datagen.next", "1000");
        await store.SetMetadataAsync("datagen.next", "2500");
        await store.SetMetadataAsync("other", "é");

        Assert.Equal("2500", await store.GetMetadataAsync("datagen.next"));
        Assert.Equal("é", await store.GetMetadataAsync("other"));
        Assert.Equal(0, await store.GetLastSequenceAsync());
    }
}
