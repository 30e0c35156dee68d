using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

public sealed class MigrationTests(TestStores stores) : StoreTestBase(stores)
{
    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task Migrations_apply_in_order_once_and_report_the_version(StoreKind kind)
    {
        await using var store = await Stores.OpenAsync(kind, Time, migrate: false);

        Assert.Equal(kind, store.Kind);
        Assert.Equal(0, await store.GetSchemaVersionAsync());
        // Every numbered script, in order: the announcements are schema 10, the services catalogue 11,
        // the member prints 12, the statistics inputs 13, the published statistics 14, the company finder 15,
        // LZ4 documents 16, room for updates in place and no status index 17.
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17], await store.GetPendingMigrationsAsync());

        Assert.Equal(17, await store.MigrateAsync());
        Assert.Equal(17, await store.GetSchemaVersionAsync());
        Assert.Empty(await store.GetPendingMigrationsAsync());

        Assert.Equal(0, await store.MigrateAsync());
        Assert.Equal(17, await store.GetSchemaVersionAsync());
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_migrated_store_is_empty_but_knows_the_platform_source(StoreKind kind)
    {
        await using var store = await OpenAsync(kind);

        Assert.Equal(0, await store.CountOffersAsync());
        Assert.Equal(0, await store.GetLastSequenceAsync());
        var source = Assert.Single(await store.GetSourcesAsync());
        Assert.Equal(Core.Offres.Sources.Plateforme, source.Code);
    }

    [Fact]
    public async Task Opening_a_sqlite_store_creates_its_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "openemploi-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var location = StoreLocation.Sqlite(Path.Combine(folder, "nested", "store.db"));
            await using (var store = OffreStoreFactory.Open(location, Time))
            {
                // Every known migration applies to the new file (their list is checked by the test above).
                var pending = await store.GetPendingMigrationsAsync();
                Assert.NotEmpty(pending);
                Assert.Equal(pending.Count, await store.MigrateAsync());
            }
            Assert.True(File.Exists(location.SqlitePath));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
