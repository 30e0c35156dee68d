using NpgsqlTypes;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Postgres;

/// <summary>
/// Binary COPY: the rows stream in one statement, so a thousand cost a few milliseconds where as
/// many INSERTs, even batched in one round trip, cost tens. One statement is all or none. No
/// advisory lock: the access log is not the change log, its ids need not follow commit order.
/// </summary>
internal static class PostgresAccessLog
{
    private const string Copy =
        "COPY api_access_log (client_id, at, method, endpoint, status, duration_ms) FROM STDIN (FORMAT BINARY)";

    public static async Task AppendAsync(PostgresDialect dialect, IReadOnlyList<AccessLogEntry> entries, CancellationToken ct)
    {
        await using var connection = await dialect.OpenNpgsqlAsync(ct);
        await using var importer = await connection.BeginBinaryImportAsync(Copy, ct);
        foreach (var entry in entries)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(entry.ClientId, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(OffreRow.ToStoreTime(entry.At), NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(entry.Method, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(entry.Endpoint, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(entry.Status, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(entry.DurationMs, NpgsqlDbType.Double, ct);
        }
        await importer.CompleteAsync(ct);
    }
}
