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

    /// <summary>
    /// <see cref="UpsertAsync"/> for many offers of one transaction, whose existence the caller
    /// read first (<see cref="ExistingIdsAsync"/>): the same statements, queued.
    /// </summary>
    public static async ValueTask<ChangeKind> QueueUpsertAsync(
        SqlDialect dialect, StatementBatch statements, OffreRow row, bool exists, DateTimeOffset now, CancellationToken ct)
    {
        var sql = exists ? OffreSql.Update(dialect.JsonValueSql) : OffreSql.Insert(dialect.JsonValueSql);
        await statements.ExecuteAsync(sql, (dialect, row, now), static (p, s) =>
        {
            var (dialect, row, now) = s;
            p.Add("@id", row.Id);
            p.Add("@source", row.Source);
            p.Add("@source_id", row.SourceId);
            p.Add("@date_creation", dialect.ToDbDate(row.DateCreation));
            p.Add("@date_actualisation", dialect.ToDbDate(row.DateActualisation));
            p.Add("@rome_code", row.RomeCode);
            p.Add("@appellation_code", row.AppellationCode);
            p.Add("@commune", row.Commune);
            p.Add("@code_postal", row.CodePostal);
            p.Add("@departement", row.Departement);
            p.Add("@region", row.Region);
            p.Add("@type_contrat", row.TypeContrat);
            p.Add("@code_naf", row.CodeNaf);
            p.Add("@stored_at", dialect.ToDbTime(now));
            p.Add("@json", dialect.ToDbJson(row.Json));
        }, ct);
        if (!exists)
            await statements.ExecuteAsync(OffreSql.DeleteTombstone, row.Id, static (p, id) => p.Add("@id", id), ct);
        var kind = exists ? ChangeKind.Updated : ChangeKind.Created;
        await statements.ExecuteAsync(OffreSql.InsertChange, (dialect, row.Id, kind, now), static (p, s) =>
        {
            p.Add("@id", s.Id);
            p.Add("@kind", (short)s.kind);
            p.Add("@at", s.dialect.ToDbTime(s.now));
        }, ct);
        return kind;
    }

    /// <summary>Which of <paramref name="ids"/> are in offres (any status): one query on PostgreSQL, one prepared probe per id on SQLite.</summary>
    public static async Task<HashSet<string>> ExistingIdsAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var existing = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
            return existing;
        if (dialect.Kind == StoreKind.Postgres)
        {
            await using var query = connection.Command("SELECT id FROM offres WHERE id = ANY(@ids)", transaction);
            query.Add("@ids", ids.ToArray());
            await using var reader = await query.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                existing.Add(reader.GetString(0));
            return existing;
        }
        await using var probe = connection.Command(OffreSql.Exists, transaction);
        var parameter = probe.Add("@id", null);
        foreach (var id in ids)
        {
            parameter.Value = id;
            if (await probe.ExecuteScalarAsync(ct) is not null)
                existing.Add(id);
        }
        return existing;
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
