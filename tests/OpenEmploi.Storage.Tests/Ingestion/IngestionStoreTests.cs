using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Ingestion;

public sealed class IngestionStoreTests(TestStores stores) : StoreTestBase(stores)
{
    private static IngestedRow Row(string sourceId, string? publishedId, string status = IngestionStatus.Published) =>
        new("JOBSREGION", sourceId, publishedId, status, ["R13"], ["Pas de salaire « indiqué »."], 10, 70, "h" + sourceId, "partner",
            null, null, "69", "84", null, Start, Start, null, null, "{}");

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_batch_writes_rows_offers_and_change_log_together_or_not_at_all(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        var run = await ingestion.StartRunAsync("JOBSREGION", "flux.json", fullFeed: true);
        var batch = new IngestionBatch { RunId = run, Counters = new ImportCounters { Read = 2, Created = 2 } };
        batch.Rows.Add(Row("A", TestOffres.Id(1)));
        batch.Rows.Add(Row("B", null, IngestionStatus.Held));
        batch.Upserts.Add(TestOffres.Entry(1, "JOBSREGION"));

        var outcome = await ingestion.ApplyBatchAsync(batch);

        Assert.Equal(new BatchOutcome(1, 0, 0), outcome);
        Assert.Equal(1, await store.GetLastSequenceAsync());
        var row = await ingestion.GetRowAsync("JOBSREGION", "A");
        Assert.Equal((TestOffres.Id(1), "Pas de salaire « indiqué ».", 70), (row!.PublishedId, row.Reasons[0], row.Completeness));
        Assert.Single(await ingestion.ListByStatusAsync(IngestionStatus.Held, 10));
        Assert.Equal(2, (await ingestion.ListRunsAsync("JOBSREGION", 1))[0].Counters.Read);

        var failing = new IngestionBatch();
        failing.Rows.Add(Row("C", TestOffres.Id(2)));
        failing.Upserts.Add(TestOffres.Entry(2, "JOBSREGION") with { Offre = new Offre { Id = "invalide" } });
        await Assert.ThrowsAnyAsync<ArgumentException>(() => ingestion.ApplyBatchAsync(failing));
        Assert.Null(await ingestion.GetRowAsync("JOBSREGION", "C"));
        Assert.Equal(1, await store.GetLastSequenceAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Documents_and_offers_read_together_are_those_read_one_by_one_and_the_missing_are_left_out(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        var batch = new IngestionBatch();
        batch.Rows.Add(Row("A", TestOffres.Id(1)) with { Document = "{\"v\":\"A\"}" });
        batch.Rows.Add(Row("B", null, IngestionStatus.Held) with { Document = "{\"v\":\"B é\"}" });
        batch.Rows.Add(Row("C", TestOffres.Id(2)) with { Document = null });
        batch.Upserts.Add(TestOffres.Entry(1, "JOBSREGION"));
        batch.Upserts.Add(TestOffres.Entry(2, "JOBSREGION"));
        await ingestion.ApplyBatchAsync(batch);

        var documents = ingestion.ReadDocuments([("JOBSREGION", "A"), ("JOBSREGION", "B"), ("JOBSREGION", "C"), ("JOBSREGION", "Z"), ("AUTRE", "A")]);
        var offers = ingestion.ReadOffreJsons([TestOffres.Id(2), TestOffres.Id(1), TestOffres.Id(9)]);

        // No row (Z, another source's A) or no document (C): left out, as ReadDocument gives null.
        Assert.Equal(
            [("JOBSREGION", "A", ingestion.ReadDocument("JOBSREGION", "A")), ("JOBSREGION", "B", ingestion.ReadDocument("JOBSREGION", "B"))],
            documents.Select(d => (d.Key.SourceCode, d.Key.SourceId, (string?)d.Value)).Order());
        Assert.Equal("{\"v\":\"B é\"}", documents[("JOBSREGION", "B")]);
        Assert.Equal(
            [(TestOffres.Id(1), ingestion.ReadOffreJson(TestOffres.Id(1))), (TestOffres.Id(2), ingestion.ReadOffreJson(TestOffres.Id(2)))],
            offers.Select(o => (o.Key, (string?)o.Value)).Order());
        Assert.NotNull(offers[TestOffres.Id(1)]);
        Assert.Empty(ingestion.ReadDocuments([]));
        Assert.Empty(ingestion.ReadOffreJsons([]));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_batch_logs_the_codes_before_and_after_so_a_filtered_mirror_sees_an_offer_leave(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        var offer = TestOffres.Entry(0, "JOBSREGION");
        var elsewhere = Enumerable.Range(1, 30).Select(n => TestOffres.Entry(n)).First(e => e.Departement != offer.Departement);
        var first = new IngestionBatch();
        first.Upserts.Add(offer);
        await ingestion.ApplyBatchAsync(first);
        var start = await store.GetLastSequenceAsync();

        var moved = OffreJson.Deserialize(OffreJson.Serialize(offer.Offre));
        moved.LieuTravail = elsewhere.Offre.LieuTravail;
        var second = new IngestionBatch();
        second.Upserts.Add(offer with { Offre = moved, Departement = elsewhere.Departement, Region = elsewhere.Region });
        Assert.Equal(new BatchOutcome(0, 1, 0), await ingestion.ApplyBatchAsync(second));

        await using var reader = await store.OpenSyncReaderAsync();
        var left = Assert.Single(await reader.ReadChangesAsync(start, 10, new SyncFilter([offer.Departement!], [], [])).ToListAsync());
        Assert.Equal((ChangeKind.Deleted, offer.Id), (left.Kind, left.OffreId));
        var arrived = Assert.Single(await reader.ReadChangesAsync(start, 10, new SyncFilter([elsewhere.Departement!], [], [])).ToListAsync());
        Assert.Equal((ChangeKind.Updated, elsewhere.Offre.LieuTravail!.Commune), (arrived.Kind, arrived.Commune));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_run_left_running_is_marked_interrupted_and_the_import_lock_is_exclusive(StoreKind kind)
    {
        var (store, location) = await OpenWithLocationAsync(kind);
        await using var _ = store;
        await using var ingestion = IngestionStoreFactory.Open(location, Time);
        var dead = await ingestion.StartRunAsync("JOBSREGION", null, false);
        var next = await ingestion.StartRunAsync("JOBSREGION", null, false);
        var runs = await ingestion.ListRunsAsync(null, 10);
        Assert.Equal([(next, ImportRunInfo.Running), (dead, ImportRunInfo.Interrupted)], runs.Select(r => (r.Id, r.Status)));

        var held = await ingestion.TryLockImportsAsync();
        Assert.NotNull(held);
        Assert.Null(await ingestion.TryLockImportsAsync());
        await held.DisposeAsync();
        await using var again = await ingestion.TryLockImportsAsync();
        Assert.NotNull(again);
    }
}
