using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Testing.Stores;

namespace OpenEmploi.Storage.Tests.Statistics;

/// <summary>
/// A generated load (<see cref="IStatisticsInputStore.ReplaceAllAsync"/>) drops the secondary
/// indexes, writes in committed batches and builds the indexes at its end: a load stopped midway
/// must leave nothing that a computation would read as whole inputs, and a finished one the same
/// schema as a newly migrated base.
/// </summary>
public sealed class InputLoadTests(TestStores stores) : StoreTestBase(stores)
{
    private static StatisticsInputStreams StreamsOf(InMemoryStatisticsInputs inputs) =>
        new(inputs.Episodes, inputs.Establishments, inputs.Headcounts, inputs.Hires, inputs.Projects, inputs.Offers);

    /// <summary>Yields <paramref name="rows"/>, then fails as a generator or a file reader can.</summary>
    private static IEnumerable<T> FailingAfter<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows)
            yield return row;
        throw new IOException("lecture interrompue");
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_load_stopped_midway_is_refused_by_every_reader_until_a_load_finishes(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location, batchSize: 2);
        var sample = StatisticsInputStoreTests.Sample();
        var whole = await store.ReplaceAllAsync(StreamsOf(sample));
        Assert.Null(await store.UnfinishedLoadAsync());

        // Episodes and establishments written and committed (batches of 2), hires cut short after
        // three rows: the emptied headcounts and the half of the hires must not read as the inputs.
        var broken = StreamsOf(sample) with { Hires = FailingAfter(sample.Hires.Take(3)) };
        await Assert.ThrowsAsync<IOException>(() => store.ReplaceAllAsync(broken));

        Assert.NotNull(await store.UnfinishedLoadAsync());
        var from = new DateOnly(2000, 1, 1);
        var to = new DateOnly(2030, 1, 1);
        await Assert.ThrowsAsync<StatisticsInputsIncompleteException>(async () => await store.ReadHiresAsync(from, to).ToListAsync());
        await Assert.ThrowsAsync<StatisticsInputsIncompleteException>(async () => await store.ReadJobSeekerEpisodesAsync(from, to).ToListAsync());
        await Assert.ThrowsAsync<StatisticsInputsIncompleteException>(async () => await store.ReadHeadcountsAsync(2000, 2030).ToListAsync());
        await Assert.ThrowsAsync<StatisticsInputsIncompleteException>(async () => await store.ReadEstablishmentsAsync().ToListAsync());
        await Assert.ThrowsAsync<StatisticsInputsIncompleteException>(async () => await store.ReadRecruitmentProjectsAsync(2025).ToListAsync());
        await Assert.ThrowsAsync<StatisticsInputsIncompleteException>(async () => await store.ReadRegisteredOffersAsync(from, to).ToListAsync());

        // Loading again starts over and gives exactly what one clean load gives.
        Assert.Equal(whole, await store.ReplaceAllAsync(StreamsOf(sample)));
        Assert.Null(await store.UnfinishedLoadAsync());
        Assert.Equal(whole, await store.CountAsync());
        Assert.Equal(await sample.ReadHiresAsync(from, to).ToListAsync(), await store.ReadHiresAsync(from, to).ToListAsync());
        Assert.Equal(await sample.ReadJobSeekerEpisodesAsync(from, to).ToListAsync(), await store.ReadJobSeekerEpisodesAsync(from, to).ToListAsync());
        Assert.Equal(await IndexesAsync(await Stores.CreateMigratedLocationAsync(kind)), await IndexesAsync(location));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task A_key_repeated_within_a_load_fails_it_on_both_providers_and_clearing_ends_the_refusal(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        await using var store = StatisticsInputStoreFactory.Open(location, batchSize: 100);
        var sample = StatisticsInputStoreTests.Sample();
        var repeated = StreamsOf(sample) with { Establishments = [.. sample.Establishments, sample.Establishments[0]] };

        await Assert.ThrowsAnyAsync<DbException>(() => store.ReplaceAllAsync(repeated));

        Assert.NotNull(await store.UnfinishedLoadAsync());
        await Assert.ThrowsAsync<StatisticsInputsIncompleteException>(async () => await store.ReadEstablishmentsAsync().ToListAsync());
        await store.ClearAsync();
        Assert.Null(await store.UnfinishedLoadAsync());
        Assert.Empty(await store.ReadEstablishmentsAsync().ToListAsync());
        Assert.Equal(await IndexesAsync(await Stores.CreateMigratedLocationAsync(kind)), await IndexesAsync(location));
    }

    [Theory, StoreData(StoreKind.Sqlite), StoreData(StoreKind.Postgres)]
    public async Task After_a_load_the_input_tables_have_the_indexes_of_a_newly_migrated_base_and_appends_still_skip_stored_keys(StoreKind kind)
    {
        var location = await Stores.CreateMigratedLocationAsync(kind);
        var migrated = await IndexesAsync(location);
        Assert.Contains(migrated, index => index.StartsWith("stat_hires_month ", StringComparison.Ordinal));
        Assert.Contains(migrated, index => index.StartsWith("stat_registered_offers_day ", StringComparison.Ordinal));
        await using var store = StatisticsInputStoreFactory.Open(location, batchSize: 2);
        var sample = StatisticsInputStoreTests.Sample();

        await store.ReplaceAllAsync(StreamsOf(sample));
        Assert.Equal(migrated, await IndexesAsync(location));
        await store.ReplaceAllAsync(StreamsOf(sample));
        Assert.Equal(migrated, await IndexesAsync(location));

        Assert.Equal(0, await store.AppendHiresAsync(sample.Hires));
        Assert.Equal(0, await store.AppendEstablishmentsAsync(sample.Establishments));
    }

    /// <summary>The indexes of the input tables: name, table and columns in order, one line each.</summary>
    private static async Task<List<string>> IndexesAsync(StoreLocation location)
    {
        await using DbConnection connection = location.Kind == StoreKind.Sqlite
            ? new SqliteConnection(location.ConnectionString)
            : new NpgsqlConnection(location.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = location.Kind == StoreKind.Sqlite
            ? "SELECT m.name || ' ' || m.tbl_name || ' (' || group_concat(i.name, ', ') || ')' FROM sqlite_master m, pragma_index_info(m.name) i "
                + "WHERE m.type = 'index' AND m.tbl_name LIKE 'stat%' GROUP BY m.name ORDER BY m.name"
            : "SELECT indexname || ' ' || tablename || ' ' || substr(indexdef, strpos(indexdef, '(')) FROM pg_indexes "
                + "WHERE schemaname = current_schema() AND tablename LIKE 'stat%' ORDER BY indexname";
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new List<string>();
        while (await reader.ReadAsync())
            indexes.Add(reader.GetString(0));
        return indexes;
    }
}
