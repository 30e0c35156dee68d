using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

/// <summary>
/// Base of the provider theories: each test opens its own fresh store (a new SQLite file, or a new
/// schema in the class's PostgreSQL database) on a fake clock.
/// </summary>
public abstract class StoreTestBase(TestStores stores) : IClassFixture<TestStores>
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Time { get; } = new(Start);

    protected TestStores Stores => stores;

    protected Task<IOffreStore> OpenAsync(StoreKind kind, int bulkBatchSize = 20_000) =>
        stores.OpenAsync(kind, Time, options: new OffreStoreOptions { BulkBatchSize = bulkBatchSize });

    /// <summary>A store plus its location, for tests that look at the tables directly.</summary>
    protected async Task<(IOffreStore Store, StoreLocation Location)> OpenWithLocationAsync(StoreKind kind)
    {
        var location = await stores.CreateLocationAsync(kind);
        var store = OffreStoreFactory.Open(location, Time);
        await store.MigrateAsync();
        return (store, location);
    }

    protected static async Task<List<ChangeLogEntry>> ReadAllChangesAsync(IOffreStore store)
    {
        var changes = new List<ChangeLogEntry>();
        await foreach (var change in store.ReadChangesAsync(0, int.MaxValue))
            changes.Add(change);
        return changes;
    }

    /// <summary>Runs a scalar query outside the store, straight on its tables.</summary>
    protected static async Task<long> ScalarAsync(StoreLocation location, string sql)
    {
        await using DbConnection connection = location.Kind == StoreKind.Sqlite
            ? new SqliteConnection(location.ConnectionString)
            : new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}

/// <summary>Collects progress reports synchronously, unlike Progress&lt;T&gt;.</summary>
internal sealed class ListProgress : IProgress<long>
{
    public List<long> Reports { get; } = [];

    public void Report(long value) => Reports.Add(value);
}
