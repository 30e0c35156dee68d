using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using OpenEmploi.Storage.Postgres;
using OpenEmploi.Storage.Sql;
using OpenEmploi.Storage.Sqlite;

namespace OpenEmploi.Storage.Statistics;

/// <summary>Appends rows of one input table in batches, skipping rows whose key is already stored.</summary>
internal interface IInputBulkWriter
{
    Task<long> AppendAsync<T>(InputTable<T> table, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct);

    /// <summary>
    /// Writes rows into a table that the current load has just emptied (<see cref="SqlStatisticsInputStore.ReplaceAllAsync"/>),
    /// so no stored key can be met: a provider may take a faster path than <see cref="AppendAsync{T}"/>
    /// (a repeated key within <paramref name="rows"/> then fails the load instead of being skipped).
    /// </summary>
    Task<long> LoadAsync<T>(InputTable<T> table, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct);
}

/// <summary>
/// SQLite: one connection of its own, one INSERT (… ON CONFLICT DO NOTHING when appending) prepared
/// once and run for every row with positional parameters (<see cref="SqliteNativeStatement"/>), one
/// transaction per batch. SQLite is synchronous underneath, so the loop makes synchronous calls.
/// </summary>
internal sealed class SqliteInputBulkWriter(SqliteDialect dialect, int batchSize) : IInputBulkWriter
{
    // The tables are filled in key order (generated SIRETs increase, ids count up), so the B-trees
    // grow at their right edge and a modest cache holds the pages being filled; the secondary
    // indexes are built after a load (SqlStatisticsInputStore.ReplaceAllAsync).
    private const int LoadCacheKiB = 65_536;

    public Task<long> AppendAsync<T>(InputTable<T> table, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct) =>
        WriteAsync(table, rows, " ON CONFLICT DO NOTHING", progress, ct);

    // A plain INSERT: a key met twice fails the load, as PostgreSQL's COPY does, rather than being
    // skipped on one provider and refused on the other.
    public Task<long> LoadAsync<T>(InputTable<T> table, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct) =>
        WriteAsync(table, rows, "", progress, ct);

    private async Task<long> WriteAsync<T>(InputTable<T> table, IEnumerable<T> rows, string onConflict, IProgress<long>? progress, CancellationToken ct)
    {
        await using var connection = await dialect.OpenWriterAsync(LoadCacheKiB, ct);
        // Checkpoint every 128 MB of WAL rather than SQLite's 16 MB: fewer checkpoint passes over
        // a load of gigabytes (the setting the load was measured with, docs/benchmarks.md).
        await using (var pragma = connection.Command("PRAGMA wal_autocheckpoint = 8192"))
            await pragma.ExecuteNonQueryAsync(ct);
        var columns = table.Columns;
        var names = string.Join(", ", columns.Select((_, i) => "?" + (i + 1).ToString(CultureInfo.InvariantCulture)));
        using var insert = new SqliteNativeStatement(
            connection, $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({names}){onConflict}", columns.Count);
        var values = insert.Values;

        long added = 0;
        long seen = 0;
        using var enumerator = rows.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            ct.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction(deferred: false);
            var count = 0;
            while (more && count < batchSize)
            {
                table.Fill(enumerator.Current, values);
                added += insert.Run();
                count++;
                more = enumerator.MoveNext();
            }
            transaction.Commit();
            seen += count;
            progress?.Report(seen);
        }
        return added;
    }
}

/// <summary>
/// PostgreSQL: per batch, binary COPY into a session temporary table shaped like the target, then
/// one INSERT … SELECT … ON CONFLICT DO NOTHING, in one transaction: COPY's speed with the
/// idempotence of an upsert (COPY alone would fail the whole batch on one stored key).
/// </summary>
internal sealed class PostgresInputBulkWriter(PostgresDialect dialect, int batchSize) : IInputBulkWriter
{
    /// <summary>
    /// A load into an emptied table: binary COPY straight into it, one COPY and one transaction per
    /// batch, without the temporary table and the INSERT … SELECT that copied every row a second
    /// time. A key met twice fails the batch (the load then stays marked unfinished).
    /// </summary>
    public async Task<long> LoadAsync<T>(InputTable<T> table, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct)
    {
        await using var connection = await dialect.OpenNpgsqlAsync(ct);
        var values = new object?[table.Columns.Count];
        long seen = 0;
        using var enumerator = rows.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            (var count, more) = await CopyBatchAsync(connection, table.Name, table, enumerator, values, ct);
            await transaction.CommitAsync(ct);
            seen += count;
            progress?.Report(seen);
        }
        return seen;
    }

    public async Task<long> AppendAsync<T>(InputTable<T> table, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct)
    {
        await using var connection = await dialect.OpenNpgsqlAsync(ct);
        var stage = "stage_" + table.Name;
        await using (var create = connection.Command(
            $"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table.Name}) ON COMMIT DELETE ROWS"))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        var values = new object?[table.Columns.Count];
        long added = 0;
        long seen = 0;
        using var enumerator = rows.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            (var count, more) = await CopyBatchAsync(connection, stage, table, enumerator, values, ct);
            await using (var insert = connection.Command(
                $"INSERT INTO {table.Name} ({table.ColumnList}) SELECT {table.ColumnList} FROM {stage} ON CONFLICT DO NOTHING", transaction))
            {
                added += await insert.ExecuteNonQueryAsync(ct);
            }
            await transaction.CommitAsync(ct);
            seen += count;
            progress?.Report(seen);
        }
        return added;
    }

    /// <summary>
    /// Copies up to one batch of <paramref name="rows"/>, from its current row on, into
    /// <paramref name="target"/> by binary COPY; returns the rows copied and whether rows are left.
    /// </summary>
    private async Task<(int Count, bool More)> CopyBatchAsync<T>(
        NpgsqlConnection connection, string target, InputTable<T> table, IEnumerator<T> rows, object?[] values, CancellationToken ct)
    {
        var columns = table.Columns;
        var count = 0;
        var more = true;
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {target} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct))
        {
            while (more && count < batchSize)
            {
                table.Fill(rows.Current, values);
                // Synchronous writes: they only copy into the importer's buffer, which goes
                // out when full; a Task per value cost more than the value itself.
                importer.StartRow();
                for (var i = 0; i < values.Length; i++)
                    Write(importer, values[i], columns[i].Type);
                count++;
                more = rows.MoveNext();
            }
            await importer.CompleteAsync(ct);
        }
        return (count, more);
    }

    private static void Write(NpgsqlBinaryImporter importer, object? value, InputColumnType type)
    {
        if (value is null)
        {
            importer.WriteNull();
            return;
        }
        switch (type)
        {
            case InputColumnType.Text: importer.Write((string)value, NpgsqlDbType.Text); break;
            case InputColumnType.SmallInt: importer.Write((short)value, NpgsqlDbType.Smallint); break;
            case InputColumnType.Integer: importer.Write((int)value, NpgsqlDbType.Integer); break;
            case InputColumnType.BigInt: importer.Write((long)value, NpgsqlDbType.Bigint); break;
            case InputColumnType.Day: importer.Write((DateOnly)value, NpgsqlDbType.Date); break;
            case InputColumnType.Bool: importer.Write((bool)value, NpgsqlDbType.Boolean); break;
            case InputColumnType.Real: importer.Write((double)value, NpgsqlDbType.Double); break;
            default: throw new ArgumentOutOfRangeException(nameof(type), type, "Type de colonne inconnu.");
        }
    }
}
