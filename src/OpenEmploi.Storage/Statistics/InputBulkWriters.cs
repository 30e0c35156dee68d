using System.Globalization;
using Microsoft.Data.Sqlite;
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
}

/// <summary>
/// SQLite: one connection, one prepared INSERT … ON CONFLICT DO NOTHING reused for every row, one
/// transaction per batch. SQLite is synchronous underneath, so the loop calls the synchronous methods.
/// </summary>
internal sealed class SqliteInputBulkWriter(SqliteDialect dialect, int batchSize) : IInputBulkWriter
{
    public async Task<long> AppendAsync<T>(InputTable<T> table, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct)
    {
        await using var connection = await dialect.OpenSqliteAsync(ct);
        await using (var pragma = connection.Command("PRAGMA cache_size = -262144")) // 256 MB while loading
            await pragma.ExecuteNonQueryAsync(ct);
        var columns = table.Columns;
        var names = string.Join(", ", columns.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)));
        using var insert = (SqliteCommand)connection.Command($"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({names}) ON CONFLICT DO NOTHING");
        for (var i = 0; i < columns.Count; i++)
            insert.Parameters.Add(new SqliteParameter { ParameterName = "@p" + i.ToString(CultureInfo.InvariantCulture), Value = DBNull.Value });
        var values = new object?[columns.Count];

        long added = 0;
        long seen = 0;
        using var enumerator = rows.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            ct.ThrowIfCancellationRequested();
            using var transaction = connection.BeginTransaction(deferred: false);
            insert.Transaction = transaction;
            var count = 0;
            while (more && count < batchSize)
            {
                table.Fill(enumerator.Current, values);
                for (var i = 0; i < values.Length; i++)
                    insert.Parameters[i].Value = ToSqlite(values[i]);
                added += insert.ExecuteNonQuery();
                count++;
                more = enumerator.MoveNext();
            }
            transaction.Commit();
            seen += count;
            progress?.Report(seen);
        }
        return added;
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? 1L : 0L,
        _ => value,
    };
}

/// <summary>
/// PostgreSQL: per batch, binary COPY into a session temporary table shaped like the target, then
/// one INSERT … SELECT … ON CONFLICT DO NOTHING, in one transaction: COPY's speed with the
/// idempotence of an upsert (COPY alone would fail the whole batch on one stored key).
/// </summary>
internal sealed class PostgresInputBulkWriter(PostgresDialect dialect, int batchSize) : IInputBulkWriter
{
    public async Task<long> AppendAsync<T>(InputTable<T> table, IEnumerable<T> rows, IProgress<long>? progress, CancellationToken ct)
    {
        await using var connection = await dialect.OpenNpgsqlAsync(ct);
        var stage = "stage_" + table.Name;
        await using (var create = connection.Command(
            $"CREATE TEMP TABLE IF NOT EXISTS {stage} (LIKE {table.Name}) ON COMMIT DELETE ROWS"))
        {
            await create.ExecuteNonQueryAsync(ct);
        }
        var columns = table.Columns;
        var values = new object?[columns.Count];
        long added = 0;
        long seen = 0;
        using var enumerator = rows.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var count = 0;
            await using (var importer = await connection.BeginBinaryImportAsync($"COPY {stage} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct))
            {
                while (more && count < batchSize)
                {
                    table.Fill(enumerator.Current, values);
                    await importer.StartRowAsync(ct);
                    for (var i = 0; i < values.Length; i++)
                        await WriteAsync(importer, values[i], columns[i].Type, ct);
                    count++;
                    more = enumerator.MoveNext();
                }
                await importer.CompleteAsync(ct);
            }
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

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, InputColumnType type, CancellationToken ct) => value is null
        ? importer.WriteNullAsync(ct)
        : type switch
        {
            InputColumnType.Text => importer.WriteAsync((string)value, NpgsqlDbType.Text, ct),
            InputColumnType.SmallInt => importer.WriteAsync((short)value, NpgsqlDbType.Smallint, ct),
            InputColumnType.Integer => importer.WriteAsync((int)value, NpgsqlDbType.Integer, ct),
            InputColumnType.BigInt => importer.WriteAsync((long)value, NpgsqlDbType.Bigint, ct),
            InputColumnType.Day => importer.WriteAsync((DateOnly)value, NpgsqlDbType.Date, ct),
            InputColumnType.Bool => importer.WriteAsync((bool)value, NpgsqlDbType.Boolean, ct),
            InputColumnType.Real => importer.WriteAsync((double)value, NpgsqlDbType.Double, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Type de colonne inconnu."),
        };
}
