using System.Data.Common;

namespace OpenEmploi.Storage.Sql;

/// <summary>
/// The single-offer writes, inside a transaction the caller began with
/// <see cref="SqlDialect.BeginWriteAsync"/>: the offer store's own UpsertAsync/DeleteAsync and the
/// ingestion store's batches run the same SQL, so both log one change per write in commit order.
/// </summary>
internal static class OffreWrites
{
    /// <summary>Inserts or replaces the offer and logs it; unique violations propagate to the caller.</summary>
    public static async Task<ChangeKind> UpsertAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, OffreRow row, DateTimeOffset now, CancellationToken ct)
    {
        // Writers are serialised (BeginWriteAsync), so "exists, then insert or update" cannot race.
        bool exists;
        await using (var probe = connection.Command(OffreSql.Exists, transaction))
        {
            probe.Add("@id", row.Id);
            exists = await probe.ExecuteScalarAsync(ct) is not null;
        }
        var sql = exists ? OffreSql.Update(dialect.JsonValueSql) : OffreSql.Insert(dialect.JsonValueSql);
        await using (var write = connection.Command(sql, transaction))
        {
            write.BindOffre(row, dialect, now);
            await write.ExecuteNonQueryAsync(ct);
        }
        if (!exists)
            await ExecuteAsync(connection, transaction, OffreSql.DeleteTombstone, row.Id, ct);
        var kind = exists ? ChangeKind.Updated : ChangeKind.Created;
        await LogAsync(dialect, connection, transaction, row.Id, kind, now, ct);
        return kind;
    }

    /// <summary>Deletes the offer, keeps its tombstone and logs it; false (nothing written) when it is not stored.</summary>
    public static async Task<bool> DeleteAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, string id, DateTimeOffset now, CancellationToken ct)
    {
        await using var insert = connection.Command(OffreSql.InsertTombstone, transaction);
        await using (var delete = connection.Command(OffreSql.DeleteReturning, transaction))
        {
            delete.Add("@id", id);
            await using var reader = await delete.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
                return false;
            insert.Add("@id", id);
            insert.Add("@rome_code", reader.GetNullableString(0));
            insert.Add("@commune", reader.GetNullableString(1));
            insert.Add("@departement", reader.GetNullableString(2));
            insert.Add("@date_creation", dialect.ToDbDate(dialect.ReadDate(reader, 3)));
            insert.Add("@date_actualisation", dialect.ToDbDate(dialect.ReadDate(reader, 4)));
            insert.Add("@deleted_at", dialect.ToDbTime(now));
        }
        await insert.ExecuteNonQueryAsync(ct);
        await LogAsync(dialect, connection, transaction, id, ChangeKind.Deleted, now, ct);
        return true;
    }

    private static async Task LogAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, string id, ChangeKind kind, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = connection.Command(OffreSql.InsertChange, transaction);
        command.Add("@id", id);
        command.Add("@kind", (short)kind);
        command.Add("@at", dialect.ToDbTime(at));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, string id, CancellationToken ct)
    {
        await using var command = connection.Command(sql, transaction);
        command.Add("@id", id);
        await command.ExecuteNonQueryAsync(ct);
    }
}
