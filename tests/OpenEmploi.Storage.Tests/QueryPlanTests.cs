using Microsoft.Data.Sqlite;
using OpenEmploi.Storage.Sql;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests;

/// <summary>
/// The offers API's page read must be a primary-key lookup per id, and counting the offers must
/// not read the table, whatever the base's size.
/// </summary>
public sealed class QueryPlanTests(TestStores stores) : StoreTestBase(stores)
{
    /// <summary>
    /// Regression: SQLite chose the status index for "id IN (…) AND status = 'published'" and
    /// scanned every published offer, about a second per API call at one million offers.
    /// </summary>
    [Fact]
    public async Task The_many_ids_read_on_SQLite_searches_the_primary_key_not_the_status_index()
    {
        var (store, location) = await OpenWithLocationAsync(StoreKind.Sqlite);
        await using (store)
            await store.BulkInsertAsync(TestOffres.Range(1, 300));

        await using var connection = new SqliteConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + OffreSql.SelectJsonIn(3);
        for (var i = 0; i < 3; i++)
            command.Parameters.AddWithValue(OffreSql.IdParameter(i), TestOffres.Id(i + 1));
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(3));
        }

        var step = Assert.Single(plan);
        Assert.Contains("(id=?)", step, StringComparison.Ordinal);
        Assert.DoesNotContain("offres_status", step, StringComparison.Ordinal);
    }

    /// <summary>
    /// Migration 17 dropped the index on status (one value): counting the live offers must still
    /// count an index (a few MB at a million offers), not read every row of the table (GBs of JSON).
    /// </summary>
    [Fact]
    public async Task Counting_the_offers_on_SQLite_reads_an_index_not_the_table()
    {
        var (store, location) = await OpenWithLocationAsync(StoreKind.Sqlite);
        await using (store)
        {
            await store.BulkInsertAsync(TestOffres.Range(1, 300));
            Assert.Equal(300, await store.CountOffersAsync());
        }

        await using var connection = new SqliteConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + OffreSql.CountLive;
        var step = await PlanAsync(command);
        Assert.Contains("COVERING INDEX", step, StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(SqliteCommand command)
    {
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
                plan.Add(reader.GetString(3));
        }
        return Assert.Single(plan);
    }
}
