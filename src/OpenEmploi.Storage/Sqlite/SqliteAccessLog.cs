using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Sqlite;

/// <summary>
/// SQLite runs in process: one prepared INSERT run once per row, inside one transaction (one
/// commit), costs microseconds a row. A multi-row VALUES list would not be faster, as binding
/// hundreds of named parameters looks each name up in the statement.
/// </summary>
internal static class SqliteAccessLog
{
    public static async Task AppendAsync(SqliteDialect dialect, IReadOnlyList<AccessLogEntry> entries, CancellationToken ct)
    {
        await using var connection = await dialect.OpenSqliteAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var command = connection.Command(ApplicationSql.InsertAccessLog, transaction);
        var clientId = command.Add("@client_id", null);
        var at = command.Add("@at", null);
        var method = command.Add("@method", null);
        var endpoint = command.Add("@endpoint", null);
        var status = command.Add("@status", null);
        var duration = command.Add("@duration_ms", null);
        await command.PrepareAsync(ct);
        foreach (var entry in entries)
        {
            clientId.Value = entry.ClientId;
            at.Value = dialect.ToDbTime(OffreRow.ToStoreTime(entry.At));
            method.Value = entry.Method;
            endpoint.Value = entry.Endpoint;
            status.Value = entry.Status;
            duration.Value = entry.DurationMs;
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }
}
