using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

/// <summary>
/// Bulk semantics: one transaction per batch; a duplicate fails its whole batch (nothing of it is
/// written, offers or change log), earlier batches stay committed, and the error names the id.
/// </summary>
public sealed class BulkInsertTests(TestStores stores) : StoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Bulk_insert_reports_progress_per_batch_and_logs_in_input_order(StoreKind kind)
    {
        await using var store = await OpenAsync(kind, bulkBatchSize: 10);
        var progress = new ListProgress();
        var offers = TestOffres.Range(100, 25).ToList();

        Assert.Equal(25, await store.BulkInsertAsync(offers, progress));

        Assert.Equal([10, 20, 25], progress.Reports);
        Assert.Equal(25, await store.CountOffersAsync());
        var changes = await ReadAllChangesAsync(store);
        Assert.Equal(offers.Select(o => (o.Id, ChangeKind.Created)), changes.Select(c => (c.OffreId, c.Kind)));
        Assert.All(changes, c => Assert.Equal(Start, c.At));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Bulk_insert_of_nothing_writes_nothing(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        var progress = new ListProgress();

        Assert.Equal(0, await store.BulkInsertAsync([], progress));

        Assert.Empty(progress.Reports);
        Assert.Equal(0, await store.GetLastSequenceAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_stored_id_fails_its_batch_and_keeps_earlier_batches(StoreKind kind)
    {
        await using var store = await OpenAsync(kind, bulkBatchSize: 10);
        var existing = TestOffres.Entry(15);
        await store.UpsertAsync(existing);
        var offers = TestOffres.Range(0, 25).Select(o => o.Id == existing.Id ? TestOffres.Entry(15, version: 2) : o);

        var error = await Assert.ThrowsAsync<DuplicateOffreException>(() => store.BulkInsertAsync(offers));

        Assert.Equal(existing.Id, error.OffreId);
        Assert.Contains(existing.Id, error.Message, StringComparison.Ordinal);
        Assert.Equal(10, error.Committed);
        await AssertStoredAsync(store, [.. Enumerable.Range(0, 10), 15]);
        Assert.Equal(existing.Offre.Intitule, (await store.GetAsync(existing.Id))!.Intitule);
        Assert.Equal(11, (await ReadAllChangesAsync(store)).Count);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_id_repeated_in_the_input_fails_its_batch(StoreKind kind)
    {
        await using var store = await OpenAsync(kind, bulkBatchSize: 10);
        var offers = TestOffres.Range(0, 13).Append(TestOffres.Entry(11, version: 2)).Concat(TestOffres.Range(13, 5));

        var error = await Assert.ThrowsAsync<DuplicateOffreException>(() => store.BulkInsertAsync(offers));

        Assert.Equal(TestOffres.Id(11), error.OffreId);
        Assert.Contains(TestOffres.Id(11), error.Message, StringComparison.Ordinal);
        await AssertStoredAsync(store, [.. Enumerable.Range(0, 10)]);
        Assert.Equal(10, await store.GetLastSequenceAsync() - (await ReadAllChangesAsync(store))[0].Sequence + 1);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_stored_source_reference_fails_its_batch(StoreKind kind)
    {
        await using var store = await OpenAsync(kind, bulkBatchSize: 10);
        await store.UpsertAsync(TestOffres.Entry(1, "JOBIJOBA", "JJ-1"));
        OffreEntryList offers = [TestOffres.Entry(2, "JOBIJOBA", "JJ-2"), TestOffres.Entry(3, "JOBIJOBA", "JJ-1"), TestOffres.Entry(4)];

        var error = await Assert.ThrowsAsync<DuplicateOffreException>(() => store.BulkInsertAsync(offers));

        Assert.Equal(TestOffres.Id(3), error.OffreId);
        Assert.Contains("JJ-1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.Committed);
        await AssertStoredAsync(store, [1]);
    }

    private static async Task AssertStoredAsync(IOffreStore store, int[] numbers)
    {
        var ids = new List<string>();
        await foreach (var entry in store.StreamOffersAsync())
            ids.Add(entry.Id);
        ids.Sort(StringComparer.Ordinal);
        Assert.Equal(numbers.Select(TestOffres.Id).Order(StringComparer.Ordinal), ids);
    }

    private sealed class OffreEntryList : List<Core.Offres.OffreEntry>;
}
