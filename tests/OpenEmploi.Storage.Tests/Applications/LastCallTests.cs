using OpenEmploi.Storage.Applications;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Applications;

public sealed class LastCallTests(TestStores stores) : ApplicationStoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task The_last_call_is_the_latest_entry_of_the_application_and_null_for_one_that_never_called(StoreKind kind)
    {
        var (store, _) = await OpenApplicationsAsync(kind);
        var latest = Start.AddDays(40).AddTicks(1_230);
        await store.AppendAccessLogAsync(
        [
            new AccessLogEntry("PAR_a_1", Start.AddDays(3), "GET", "/partenaire/offresdemploi/v2/offres/search", 200, 1),
            new AccessLogEntry("PAR_a_1", latest, "GET", "/partenaire/offresdemploi/v2/offres/search", 429, 1),
            new AccessLogEntry("PAR_a_1", Start.AddDays(5), "GET", "/partenaire/offresdemploi/v2/offres/search", 200, 1),
            new AccessLogEntry("PAR_b_2", Start.AddDays(90), "GET", "/partenaire/offresdemploi/v2/offres/search", 200, 1),
        ]);

        Assert.Equal(latest, await store.GetLastCallAsync("PAR_a_1"));
        Assert.Equal(Start.AddDays(90), await store.GetLastCallAsync("PAR_b_2"));
        Assert.Null(await store.GetLastCallAsync("PAR_jamais_3"));
    }
}
