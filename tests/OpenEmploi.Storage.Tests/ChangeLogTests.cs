using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

public sealed class ChangeLogTests(TestStores stores) : StoreTestBase(stores)
{
    /// <summary>
    /// The same script gives the same log, in the same order, on every provider: each theory row
    /// checks its log against this one expected list.
    /// </summary>
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_scripted_run_logs_the_same_changes_in_order(StoreKind kind)
    {
        await using var store = await OpenAsync(kind, bulkBatchSize: 16);
        var expected = new List<(string, ChangeKind)>();

        Assert.Equal(50, await store.BulkInsertAsync(TestOffres.Range(0, 50)));
        expected.AddRange(Enumerable.Range(0, 50).Select(n => (TestOffres.Id(n), ChangeKind.Created)));
        foreach (var n in new[] { 7, 3, 49, 0, 21 })
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal(ChangeKind.Updated, await store.UpsertAsync(TestOffres.Entry(n, version: 2)));
            expected.Add((TestOffres.Id(n), ChangeKind.Updated));
        }
        foreach (var n in new[] { 10, 3, 44 })
        {
            Assert.True(await store.DeleteAsync(TestOffres.Id(n)));
            expected.Add((TestOffres.Id(n), ChangeKind.Deleted));
        }
        Assert.Equal(ChangeKind.Created, await store.UpsertAsync(TestOffres.Entry(3, version: 3)));
        expected.Add((TestOffres.Id(3), ChangeKind.Created));

        var changes = await ReadAllChangesAsync(store);

        Assert.Equal(expected, changes.Select(c => (c.OffreId, c.Kind)));
        for (var i = 1; i < changes.Count; i++)
            Assert.True(changes[i].Sequence > changes[i - 1].Sequence, $"sequence {changes[i].Sequence} after {changes[i - 1].Sequence}");
        Assert.Equal(changes[^1].Sequence, await store.GetLastSequenceAsync());
        Assert.Equal(48, await store.CountOffersAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Changes_are_read_in_pages_after_a_sequence(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        for (var n = 0; n < 7; n++)
        {
            await store.UpsertAsync(TestOffres.Entry(n));
            Time.Advance(TimeSpan.FromMilliseconds(1.5));
        }
        var all = await ReadAllChangesAsync(store);

        var pages = new List<List<ChangeLogEntry>>();
        var after = 0L;
        while (true)
        {
            var page = new List<ChangeLogEntry>();
            await foreach (var change in store.ReadChangesAsync(after, 3))
                page.Add(change);
            if (page.Count == 0)
                break;
            pages.Add(page);
            after = page[^1].Sequence;
        }

        Assert.Equal([3, 3, 1], pages.Select(p => p.Count));
        Assert.Equal(all, pages.SelectMany(p => p));
        Assert.Equal(Enumerable.Range(0, 7).Select(TestOffres.Id), all.Select(c => c.OffreId));
        Assert.Equal(Start.AddMilliseconds(1.5 * 6), all[^1].At);
        Assert.Empty(await ToListAsync(store.ReadChangesAsync(all[^1].Sequence, 10)));
        Assert.Equal(all.Skip(4), await ToListAsync(store.ReadChangesAsync(all[3].Sequence, 100)));
    }

    private static async Task<List<ChangeLogEntry>> ToListAsync(IAsyncEnumerable<ChangeLogEntry> changes)
    {
        var list = new List<ChangeLogEntry>();
        await foreach (var change in changes)
            list.Add(change);
        return list;
    }
}
