using OpenEmploi.Storage;
using Xunit;

namespace OpenEmploi.Testing.Stores;

/// <summary>
/// Class fixture handing out throw-away stores of either kind: a new SQLite file, or a new schema in
/// the class's PostgreSQL database. Pair it with <see cref="StoreDataAttribute"/> to write one test
/// body for both providers.
/// </summary>
public sealed class TestStores : IAsyncLifetime
{
    private readonly SqliteTestDatabase _sqlite = new();
    private readonly PostgresTestDatabase _postgres = new();

    public async Task<StoreLocation> CreateLocationAsync(StoreKind kind) => kind switch
    {
        StoreKind.Sqlite => _sqlite.CreateLocation(),
        StoreKind.Postgres => await _postgres.CreateLocationAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A new, empty, migrated store location, for code that opens the store itself (a host, the CLI).</summary>
    public async Task<StoreLocation> CreateMigratedLocationAsync(StoreKind kind)
    {
        var location = await CreateLocationAsync(kind);
        await using var store = OffreStoreFactory.Open(location, TimeProvider.System);
        await store.MigrateAsync();
        return location;
    }

    /// <summary>A new, empty store, migrated unless told otherwise. The caller disposes it.</summary>
    public async Task<IOffreStore> OpenAsync(
        StoreKind kind, TimeProvider time, bool migrate = true, OffreStoreOptions? options = null)
    {
        var location = await CreateLocationAsync(kind);
        var store = OffreStoreFactory.Open(location, time, options ?? OffreStoreOptions.Default);
        if (migrate)
            await store.MigrateAsync();
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        await _postgres.DisposeAsync();
    }
}
