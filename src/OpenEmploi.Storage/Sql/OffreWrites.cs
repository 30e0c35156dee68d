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
        var exists = false;
        ChangeCodes old = default;
        await using (var probe = connection.Command(OffreSql.ExistingCodes, transaction))
        {
            probe.Add("@id", row.Id);
            await using var reader = await probe.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
            {
                exists = true;
                old = new ChangeCodes(reader.GetNullableString(0), null, reader.GetNullableString(1), reader.GetNullableString(2));
            }
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
        var codes = new ChangeCodes(row.RomeCode, row.Commune, row.Departement, row.Region);
        await LogAsync(dialect, connection, transaction, row.Id, kind, now, codes, old, ct);
        return kind;
    }

    /// <summary>
    /// <see cref="UpsertAsync"/> for many offers of one transaction, whose existence and codes the
    /// caller read first (<see cref="ExistingCodesAsync"/>; null: not stored): the same statements, queued.
    /// </summary>
    public static async ValueTask<ChangeKind> QueueUpsertAsync(
        SqlDialect dialect, StatementBatch statements, OffreRow row, ChangeCodes? old, DateTimeOffset now, CancellationToken ct)
    {
        var exists = old is not null;
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
        var change = (dialect, row, kind, now, old: old ?? default);
        await statements.ExecuteAsync(OffreSql.InsertChange, change, static (p, s) =>
        {
            p.Add("@id", s.row.Id);
            p.Add("@kind", (short)s.kind);
            p.Add("@at", s.dialect.ToDbTime(s.now));
            p.Add("@rome_code", s.row.RomeCode);
            p.Add("@commune", s.row.Commune);
            p.Add("@departement", s.row.Departement);
            p.Add("@region", s.row.Region);
            p.Add("@old_rome_code", s.old.RomeCode);
            p.Add("@old_departement", s.old.Departement);
            p.Add("@old_region", s.old.Region);
        }, ct);
        return kind;
    }

    /// <summary>
    /// Which of <paramref name="ids"/> are in offres (any status), with the codes they carry now (the
    /// change log records them as the old codes of an update): one query on PostgreSQL, one prepared probe per id on SQLite.
    /// </summary>
    public static async Task<Dictionary<string, ChangeCodes>> ExistingCodesAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, IReadOnlyList<string> ids, CancellationToken ct)
    {
        var existing = new Dictionary<string, ChangeCodes>(StringComparer.Ordinal);
        if (ids.Count == 0)
            return existing;
        if (dialect.Kind == StoreKind.Postgres)
        {
            await using var query = connection.Command("SELECT id, rome_code, departement, region FROM offres WHERE id = ANY(@ids)", transaction);
            query.Add("@ids", ids.ToArray());
            await using var reader = await query.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
                existing[reader.GetString(0)] = new ChangeCodes(reader.GetNullableString(1), null, reader.GetNullableString(2), reader.GetNullableString(3));
            return existing;
        }
        await using var probe = connection.Command(OffreSql.ExistingCodes, transaction);
        var parameter = probe.Add("@id", null);
        foreach (var id in ids)
        {
            parameter.Value = id;
            await using var reader = await probe.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct))
                existing[id] = new ChangeCodes(reader.GetNullableString(0), null, reader.GetNullableString(1), reader.GetNullableString(2));
        }
        return existing;
    }

    /// <summary>Deletes the offer, keeps its tombstone and logs it; false (nothing written) when it is not stored.</summary>
    public static async Task<bool> DeleteAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, string id, DateTimeOffset now, CancellationToken ct)
    {
        await using var insert = connection.Command(OffreSql.InsertTombstone, transaction);
        ChangeCodes codes;
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
            codes = new ChangeCodes(reader.GetNullableString(0), reader.GetNullableString(1), reader.GetNullableString(2), reader.GetNullableString(5));
        }
        await insert.ExecuteNonQueryAsync(ct);
        await LogAsync(dialect, connection, transaction, id, ChangeKind.Deleted, now, codes, default, ct);
        return true;
    }

    private static async Task LogAsync(
        SqlDialect dialect, DbConnection connection, DbTransaction transaction, string id, ChangeKind kind, DateTimeOffset at,
        ChangeCodes codes, ChangeCodes old, CancellationToken ct)
    {
        await using var command = connection.Command(OffreSql.InsertChange, transaction);
        command.Add("@id", id);
        command.Add("@kind", (short)kind);
        command.Add("@at", dialect.ToDbTime(at));
        command.Add("@rome_code", codes.RomeCode);
        command.Add("@commune", codes.Commune);
        command.Add("@departement", codes.Departement);
        command.Add("@region", codes.Region);
        command.Add("@old_rome_code", old.RomeCode);
        command.Add("@old_departement", old.Departement);
        command.Add("@old_region", old.Region);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, string id, CancellationToken ct)
    {
        await using var command = connection.Command(sql, transaction);
        command.Add("@id", id);
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>The codes a change-log row carries (the sync feed filters on them).</summary>
internal readonly record struct ChangeCodes(string? RomeCode, string? Commune, string? Departement, string? Region);
