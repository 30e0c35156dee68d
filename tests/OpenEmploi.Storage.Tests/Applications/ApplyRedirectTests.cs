using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Applications;

public sealed class ApplyRedirectTests(TestStores stores) : ApplicationStoreTestBase(stores)
{
    private const string Client = "PAR_appli_01";
    private const string Other = "PAR_autre_02";
    private const string Portal = "";

    private static readonly DateOnly March2 = new(2026, 3, 2);

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Redirects_are_counted_per_client_offer_and_utc_day(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        var paris = TimeSpan.FromHours(1);

        await store.RecordApplyRedirectAsync(Client, "201AAAA", new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero));
        await store.RecordApplyRedirectAsync(Client, "201AAAA", new DateTimeOffset(2026, 3, 2, 23, 59, 59, 999, TimeSpan.Zero));
        // 00:30 in Paris is still March 2nd in UTC.
        await store.RecordApplyRedirectAsync(Client, "201AAAA", new DateTimeOffset(2026, 3, 3, 0, 30, 0, paris));
        await store.RecordApplyRedirectAsync(Client, "201AAAA", new DateTimeOffset(2026, 3, 3, 1, 30, 0, paris));
        await store.RecordApplyRedirectAsync(Client, "202BBBB", new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));
        await store.RecordApplyRedirectAsync(Other, "201AAAA", new DateTimeOffset(2026, 3, 4, 12, 0, 0, TimeSpan.Zero));
        await store.RecordApplyRedirectAsync(Portal, "201AAAA", new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

        var all = await store.GetApplyRedirectCountsAsync(null, March2, March2.AddDays(2));

        Assert.Equal(
        [
            new ApplyRedirectCount(Portal, "201AAAA", March2, 1),
            new ApplyRedirectCount(Client, "201AAAA", March2, 3),
            new ApplyRedirectCount(Client, "202BBBB", March2, 1),
            new ApplyRedirectCount(Client, "201AAAA", March2.AddDays(1), 1),
            new ApplyRedirectCount(Other, "201AAAA", March2.AddDays(2), 1),
        ], all);
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Counts_filter_by_client_and_inclusive_days(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        for (var day = 0; day < 5; day++)
        {
            await store.RecordApplyRedirectAsync(Client, "201AAAA", Start.AddDays(day));
            await store.RecordApplyRedirectAsync(Other, "201AAAA", Start.AddDays(day));
            await store.RecordApplyRedirectAsync(Portal, "201AAAA", Start.AddDays(day));
        }

        var client = await store.GetApplyRedirectCountsAsync(Client, March2.AddDays(1), March2.AddDays(3));
        var portal = await store.GetApplyRedirectCountsAsync(Portal, March2, March2);
        var everyone = await store.GetApplyRedirectCountsAsync(null, March2.AddDays(4), March2.AddDays(10));

        Assert.Equal([March2.AddDays(1), March2.AddDays(2), March2.AddDays(3)], client.Select(c => c.Day));
        Assert.All(client, c => Assert.Equal((Client, 1L), (c.ClientId, c.Count)));
        Assert.Equal([new ApplyRedirectCount(Portal, "201AAAA", March2, 1)], portal);
        Assert.Equal([Portal, Client, Other], everyone.Select(c => c.ClientId));
        Assert.Empty(await store.GetApplyRedirectCountsAsync(null, March2.AddDays(3), March2));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Concurrent_redirects_are_all_counted(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Task.Run(() => store.RecordApplyRedirectAsync(Client, "201AAAA", Start))));

        var count = Assert.Single(await store.GetApplyRedirectCountsAsync(Client, March2, March2));
        Assert.Equal(40, count.Count);
    }
}
