using Npgsql;
using NpgsqlTypes;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Postgres;

/// <summary>
/// Bulk insert into PostgreSQL with binary COPY, one transaction per batch: COPY into offres, then
/// COPY the batch's 'created' rows into change_log (identity values drawn in COPY order), then drop
/// the tombstones of re-created ids. The change-log advisory lock is taken first, so the batch's
/// sequence numbers are contiguous, increase in insertion order and become visible all at once.
/// </summary>
internal sealed class PostgresBulkLoader(PostgresDialect dialect, TimeProvider time, int batchSize)
{
    private const string CopyOffres = $"COPY offres ({OffreSql.Columns}) FROM STDIN (FORMAT BINARY)";
    private const string CopyChanges = "COPY change_log (offre_id, kind, at, rome_code, commune, departement, region) FROM STDIN (FORMAT BINARY)";

    public async Task<long> RunAsync(IEnumerable<OffreEntry> offers, IProgress<long>? progress, CancellationToken ct)
    {
        await using var connection = await dialect.OpenNpgsqlAsync(ct);
        var batch = new List<(string Id, string Source, string? SourceId)>(Math.Min(batchSize, 100_000));
        var batchCodes = new List<ChangeCodes>(Math.Min(batchSize, 100_000));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var references = new HashSet<(string, string)>();
        long committed = 0;
        using var enumerator = offers.GetEnumerator();
        var more = enumerator.MoveNext();
        while (more)
        {
            batch.Clear();
            batchCodes.Clear();
            ids.Clear();
            references.Clear();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await PostgresDialect.LockAsync(connection, transaction, PostgresDialect.ChangeLogLockKey, ct);
            var now = OffreRow.ToStoreTime(time.GetUtcNow());
            try
            {
                await using (var importer = await connection.BeginBinaryImportAsync(CopyOffres, ct))
                {
                    while (more && batch.Count < batchSize)
                    {
                        var row = new OffreRow(enumerator.Current);
                        // Repeats inside the batch are caught here; repeats of stored rows by the server.
                        if (!ids.Add(row.Id))
                            throw SqlOffreStore.Duplicate(row, UniqueViolation.Id, committed, null);
                        if (row.SourceId is not null && !references.Add((row.Source, row.SourceId)))
                            throw SqlOffreStore.Duplicate(row, UniqueViolation.SourceRef, committed, null);
                        await OffreCopyRow.WriteAsync(importer, row, now, ct);
                        batch.Add((row.Id, row.Source, row.SourceId));
                        batchCodes.Add(new ChangeCodes(row.RomeCode, row.Commune, row.Departement, row.Region));
                        more = enumerator.MoveNext();
                    }
                    await importer.CompleteAsync(ct);
                }
                await using (var importer = await connection.BeginBinaryImportAsync(CopyChanges, ct))
                {
                    for (var i = 0; i < batch.Count; i++)
                    {
                        var codes = batchCodes[i];
                        await importer.StartRowAsync(ct);
                        await importer.WriteAsync(batch[i].Id, NpgsqlDbType.Text, ct);
                        await importer.WriteAsync((short)ChangeKind.Created, NpgsqlDbType.Smallint, ct);
                        await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
                        await OffreCopyRow.TextAsync(importer, codes.RomeCode, ct);
                        await OffreCopyRow.TextAsync(importer, codes.Commune, ct);
                        await OffreCopyRow.TextAsync(importer, codes.Departement, ct);
                        await OffreCopyRow.TextAsync(importer, codes.Region, ct);
                    }
                    await importer.CompleteAsync(ct);
                }
                await using (var untomb = connection.Command("DELETE FROM tombstones WHERE id = ANY(@ids)", transaction))
                {
                    untomb.Add("@ids", ids.ToArray());
                    await untomb.ExecuteNonQueryAsync(ct);
                }
                await transaction.CommitAsync(ct);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresDialect.UniqueViolationState)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                throw await DiagnoseAsync(connection, batch, committed, ex, ct);
            }
            committed += batch.Count;
            progress?.Report(committed);
        }
        return committed;
    }

    /// <summary>
    /// The server names the constraint, not the row (unless "Include Error Detail" is on), so the
    /// culprit is found again once the batch is rolled back: the first batch row already stored.
    /// </summary>
    private static async Task<Exception> DiagnoseAsync(
        NpgsqlConnection connection, List<(string Id, string Source, string? SourceId)> batch, long committed,
        PostgresException error, CancellationToken ct)
    {
        var ids = batch.Select(b => b.Id).ToArray();
        await using (var command = connection.Command("SELECT id FROM offres WHERE id = ANY(@ids)"))
        {
            command.Add("@ids", ids);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var stored = new HashSet<string>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct))
                stored.Add(reader.GetString(0));
            foreach (var (id, source, sourceId) in batch)
            {
                if (stored.Contains(id))
                    return SqlOffreStore.Duplicate(id, source, sourceId, UniqueViolation.Id, committed, error);
            }
        }
        var withReference = batch.Where(b => b.SourceId is not null).ToList();
        await using (var command = connection.Command(
            "SELECT o.source, o.source_id FROM offres o JOIN unnest(@sources, @source_ids) AS b(source, source_id) "
            + "ON o.source = b.source AND o.source_id = b.source_id"))
        {
            command.Add("@sources", withReference.Select(b => b.Source).ToArray());
            command.Add("@source_ids", withReference.Select(b => b.SourceId!).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            var stored = new HashSet<(string, string)>();
            while (await reader.ReadAsync(ct))
                stored.Add((reader.GetString(0), reader.GetString(1)));
            foreach (var (id, source, sourceId) in withReference)
            {
                if (stored.Contains((source, sourceId!)))
                    return SqlOffreStore.Duplicate(id, source, sourceId, UniqueViolation.SourceRef, committed, error);
            }
        }
        return error;
    }
}
