using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Offres;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;
using OpenEmploi.Testing.Stores;
using OpenEmploi.Web.Features.Search;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Search;

/// <summary>The node's memory of recently listed offers' documents, in front of the store.</summary>
public sealed class ResultDocumentCacheTests(TestStores stores) : IClassFixture<TestStores>
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_page_listed_again_gets_the_stored_bytes_from_memory(StoreKind kind)
    {
        await using var platform = await StartAsync(kind);
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var cache = new ResultDocumentCache(16 * 1024 * 1024);
        var ids = FirstPage(platform);

        var first = await cache.GetManyAsync(store, ids, CancellationToken.None);
        var second = await cache.GetManyAsync(store, ids, CancellationToken.None);

        var stored = await store.GetJsonUtf8ManyAsync(ids);
        Assert.Equal(ids.Count, stored.Count);
        foreach (var id in ids)
        {
            Assert.Equal(stored[id], first[id]);
            Assert.Equal(stored[id], second[id]);
        }
        Assert.Equal((ids.Count, ids.Count), (cache.Counters.Hits, cache.Counters.Misses));
        Assert.Equal(ids.Count, cache.Size.Documents);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task An_updated_or_deleted_offer_is_not_served_from_memory_once_the_index_applied_the_change(StoreKind kind)
    {
        await using var platform = await StartAsync(kind);
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var cache = platform.Services.GetRequiredService<ResultDocumentCache>();
        var ids = FirstPage(platform);
        await cache.GetManyAsync(store, ids, CancellationToken.None);

        var entry = (await store.GetEntryAsync(ids[0]))!;
        var renamed = OffreJson.Deserialize(OffreJson.Serialize(entry.Offre))!;
        renamed.Intitule = "Intitulé changé par sa source";
        await store.UpsertAsync(entry with { Offre = renamed });
        await store.DeleteAsync(ids[1]);

        await EventuallyAsync(async () =>
        {
            var page = await cache.GetManyAsync(store, ids, CancellationToken.None);
            return !page.ContainsKey(ids[1])
                && Encoding.UTF8.GetString(page[ids[0]]).Contains("Intitulé changé par sa source", StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Evicted_documents_are_read_again_and_memory_stays_within_the_budget()
    {
        await using var platform = await StartAsync(StoreKind.Sqlite);
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var all = AllIds(platform);
        var largest = (await store.GetJsonUtf8ManyAsync(all)).Values.Max(document => document.Length);
        const long budget = 64 * 1024;
        var cache = new ResultDocumentCache(budget);

        foreach (var page in all.Chunk(20))
        {
            await cache.GetManyAsync(store, page, CancellationToken.None);
            Assert.True(cache.Size.Bytes <= budget + largest + 200, $"{cache.Size.Bytes} bytes held for a budget of {budget}");
        }
        Assert.True(cache.Size.Documents is > 0 and < 200);

        var last = all.TakeLast(5).ToList();
        await cache.GetManyAsync(store, last, CancellationToken.None);
        var misses = cache.Counters.Misses;
        cache.Evict(last);
        await cache.GetManyAsync(store, last, CancellationToken.None);
        Assert.Equal(misses + 5, cache.Counters.Misses);
    }

    [Fact]
    public async Task A_cache_without_memory_reads_every_page_from_the_store()
    {
        await using var platform = await StartAsync(StoreKind.Sqlite);
        var store = platform.Services.GetRequiredService<IOffreStore>();
        var cache = new ResultDocumentCache(0);
        var ids = FirstPage(platform);

        Assert.False(cache.Enabled);
        Assert.Equal(ids.Count, (await cache.GetManyAsync(store, ids, CancellationToken.None)).Count);
        Assert.Equal((0, 0L), cache.Size);
    }

    private async Task<RunningPlatform> StartAsync(StoreKind kind)
    {
        var location = await stores.CreateMigratedLocationAsync(kind);
        return await RunningPlatform.StartAsync(location.Setting, demoOffers: 200);
    }

    private static List<string> FirstPage(RunningPlatform platform) =>
        [.. Engine(platform).Search(new SearchQuery { End = 19 }, Now(platform)).Ids];

    private static List<string> AllIds(RunningPlatform platform) =>
        [.. Engine(platform).Search(new SearchQuery { End = 199 }, Now(platform)).Ids];

    private static DateTime Now(RunningPlatform platform) =>
        platform.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    private static OpenEmploi.Search.Index.SearchEngine Engine(RunningPlatform platform) =>
        platform.Services.GetRequiredService<SearchIndexHolder>().Engine;

    // The follower polls twice a second; allow generous slack for a loaded CI machine.
    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
                return;
            await Task.Delay(100);
        }
        Assert.True(await condition(), "the cached page did not follow the change within 10 s");
    }
}
