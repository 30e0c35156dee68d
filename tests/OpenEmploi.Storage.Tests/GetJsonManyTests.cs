using System.Text;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

/// <summary>The offers API reads a page of documents with one query.</summary>
public sealed class GetJsonManyTests(TestStores stores) : StoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Live_offers_are_found_missing_and_deleted_ones_are_absent(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.BulkInsertAsync(TestOffres.Range(1, 5));
        await store.DeleteAsync(TestOffres.Id(3));

        var found = await store.GetJsonUtf8ManyAsync([TestOffres.Id(5), TestOffres.Id(3), TestOffres.Id(1), TestOffres.Id(9), TestOffres.Id(1)]);

        Assert.Equal([TestOffres.Id(1), TestOffres.Id(5)], found.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, json) in found)
            Assert.Equal(await store.GetJsonAsync(id), Encoding.UTF8.GetString(json));
        Assert.Empty(await store.GetJsonUtf8ManyAsync([]));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_page_of_150_offers_is_read_whole(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);
        await store.BulkInsertAsync(TestOffres.Range(1, 160));
        var ids = Enumerable.Range(6, 150).Select(TestOffres.Id).ToList();

        var found = await store.GetJsonUtf8ManyAsync(ids);
        var again = await store.GetJsonUtf8ManyAsync(ids.Take(149).ToList());

        Assert.Equal(150, found.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(await store.GetJsonAsync(TestOffres.Id(100)), Encoding.UTF8.GetString(found[TestOffres.Id(100)]));
        Assert.Equal(149, again.Count);
    }

    [Fact]
    public async Task More_ids_than_an_api_page_still_work()
    {
        await using var store = await OpenAsync(StoreKind.Sqlite);
        await store.BulkInsertAsync(TestOffres.Range(1, 400));

        var found = await store.GetJsonUtf8ManyAsync(Enumerable.Range(1, 400).Select(TestOffres.Id).ToArray());

        Assert.Equal(400, found.Count);
    }
}
