using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Applications;

public sealed class AccessLogTests(TestStores stores) : ApplicationStoreTestBase(stores)
{
    private const string Client = "PAR_appli_01";
    private const string Other = "PAR_autre_02";

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Entries_come_back_for_their_client_within_the_window_oldest_first(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        var entries = Enumerable.Range(0, 10)
            .Select(i => new AccessLogEntry(Client, Start.AddSeconds(i).AddTicks(4_560), i % 2 == 0 ? "GET" : "POST",
                "/partenaire/offresdemploi/v2/offres/search", 200 + i, 12.375 + i))
            .Append(new AccessLogEntry(Other, Start.AddSeconds(3), "GET", "/autre", 429, 0.5))
            .Reverse()
            .ToList();

        await store.AppendAccessLogAsync(entries);
        var window = await store.ReadAccessLogAsync(Client, Start.AddSeconds(2), Start.AddSeconds(5).AddTicks(4_560), 100);
        var limited = await store.ReadAccessLogAsync(Client, Start, Start.AddMinutes(1), 3);

        // From included, to excluded.
        Assert.Equal(entries.Where(e => e.ClientId == Client && e.Status is >= 202 and <= 204).Reverse(), window);
        Assert.Equal([200, 201, 202], limited.Select(e => e.Status));
        Assert.Empty(await store.ReadAccessLogAsync(Client, Start.AddMinutes(1), Start.AddMinutes(2), 100));
        Assert.Empty(await store.ReadAccessLogAsync(Client, Start, Start.AddMinutes(1), 0));
        Assert.Single(await store.ReadAccessLogAsync(Other, Start, Start.AddMinutes(1), 100));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_batch_of_a_thousand_entries_is_written_whole(StoreKind kind)
    {
        var (store, location) = await OpenApplicationsAsync(kind);
        var entries = Enumerable.Range(0, 1_000)
            .Select(i => new AccessLogEntry(Client, Start.AddMilliseconds(i), "GET", $"/offres/{i}", 200, i / 10.0))
            .ToList();

        await store.AppendAccessLogAsync(entries);
        await store.AppendAccessLogAsync([]);

        Assert.Equal(1_000, await ScalarAsync(location, "SELECT count(*) FROM api_access_log"));
        Assert.Equal(entries, await store.ReadAccessLogAsync(Client, Start, Start.AddHours(1), 5_000));
    }

    [Fact]
    public async Task A_batch_with_an_invalid_entry_writes_nothing()
    {
        var (store, location) = await OpenApplicationsAsync(StoreKind.Sqlite);
        AccessLogEntry[] entries =
        [
            new(Client, Start, "GET", "/offres", 200, 1),
            new(Client, Start, "GET", null!, 200, 1),
        ];

        await Assert.ThrowsAsync<ArgumentNullException>(() => store.AppendAccessLogAsync(entries));

        Assert.Equal(0, await ScalarAsync(location, "SELECT count(*) FROM api_access_log"));
    }
}
