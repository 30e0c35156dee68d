using System.Data.Common;
using System.Text.Json;
using OpenEmploi.Storage.Postgres;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Ingestion;

/// <summary>
/// The ingestion store over the offer store's dialects. This file holds the batch write; the
/// reads, runs, sources and the import lock are in the other parts.
/// </summary>
internal sealed partial class SqlIngestionStore(SqlDialect dialect, StoreLocation location, TimeProvider time) : IIngestionStore
{
    public StoreKind Kind => dialect.Kind;

    public async Task<BatchOutcome> ApplyBatchAsync(IngestionBatch batch, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.IsEmpty)
            return BatchOutcome.None;
        if (dialect is Sqlite.SqliteDialect sqlite)
            return await ApplySqliteBatchesAsync(sqlite, [batch], ct);
        var now = OffreRow.ToStoreTime(time.GetUtcNow());
        if (dialect is PostgresDialect postgres)
            return await PostgresIngestionWriter.ApplyAsync(postgres, batch, now, ct);
        await using var connection = await dialect.OpenAsync(ct);
        // The change-log writer's transaction (advisory lock on PostgreSQL): sequences stay in commit order.
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        var created = 0;
        var updated = 0;
        var deleted = 0;
        await using (var statements = new StatementBatch(connection, transaction))
        {
            await WriteRowsAsync(statements, batch, ct);
            // Which upserts are new, read once for the batch (the probe of OffreWrites.UpsertAsync, batched).
            var ids = new List<string>(batch.Upserts.Count);
            foreach (var entry in batch.Upserts)
                ids.Add(entry.Id);
            var existing = await OffreWrites.ExistingCodesAsync(dialect, connection, transaction, ids, ct);
            var prepared = batch.UpsertRows is { } rows && rows.Length == batch.Upserts.Count ? rows : null;
            for (var i = 0; i < batch.Upserts.Count; i++)
            {
                var entry = batch.Upserts[i];
                var row = prepared is not null ? prepared[i] : new OffreRow(entry);
                if (await OffreWrites.QueueUpsertAsync(dialect, statements, row, existing.TryGetValue(entry.Id, out var old) ? old : null, now, ct) == ChangeKind.Created)
                    created++;
                else
                    updated++;
            }
            // Deletions read what they delete (for the tombstone): after everything queued.
            await statements.FlushAsync(ct);
        }
        foreach (var id in batch.Deletions)
        {
            if (await OffreWrites.DeleteAsync(dialect, connection, transaction, id, now, ct))
                deleted++;
        }
        if (batch.RunId is { } runId && batch.Counters is { } counters)
        {
            await using var command = connection.Command(IngestionSql.UpdateCounters, transaction);
            BindCounters(command, counters);
            command.Add("@id", runId);
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new BatchOutcome(created, updated, deleted);
    }

    public async Task<BatchOutcome> ApplyBatchesAsync(IReadOnlyList<IngestionBatch> batches, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batches);
        if (dialect is Sqlite.SqliteDialect sqlite)
            return await ApplySqliteBatchesAsync(sqlite, batches, ct);
        // PostgreSQL writes each batch in its own transaction (its writer stages a batch at a time).
        var outcome = BatchOutcome.None;
        foreach (var batch in batches)
            outcome = outcome.Plus(await ApplyBatchAsync(batch, ct));
        return outcome;
    }

    public async ValueTask DisposeAsync()
    {
        await CloseSqliteWriterAsync();
        await dialect.DisposeAsync();
    }

    private async Task WriteRowsAsync(StatementBatch statements, IngestionBatch batch, CancellationToken ct)
    {
        for (var i = 0; i < batch.Rows.Count; i++)
        {
            var row = batch.Rows[i];
            var document = batch.DocumentOf(i) is { } utf8 ? dialect.ToDbJson(utf8) : row.Document;
            await statements.ExecuteAsync(IngestionSql.UpsertRow, (this, row, document), static (p, s) => s.Item1.BindRow(p, s.row, s.document), ct);
            if (batch.PrintOf(i) is { } print)
            {
                await statements.ExecuteAsync(IngestionSql.UpsertRowPrint, (row, batch.PrintVersion, print), static (p, s) =>
                {
                    p.Add("@source_code", s.row.SourceCode);
                    p.Add("@source_id", s.row.SourceId);
                    p.Add("@version", s.PrintVersion);
                    p.Add("@print", s.print);
                }, ct);
            }
        }
        var at = dialect.ToDbTime(OffreRow.ToStoreTime(time.GetUtcNow()));
        foreach (var (source, sourceId) in batch.Seen)
        {
            await statements.ExecuteAsync(IngestionSql.TouchRow, (at, batch.RunId, source, sourceId), static (p, s) =>
            {
                p.Add("@at", s.at);
                p.Add("@run", s.RunId);
                p.Add("@source_code", s.source);
                p.Add("@source_id", s.sourceId);
            }, ct);
        }
        foreach (var (source, sourceId) in batch.Removals)
        {
            await statements.ExecuteAsync(IngestionSql.RemoveRow, (at, source, sourceId), static (p, s) =>
            {
                p.Add("@at", s.at);
                p.Add("@source_code", s.source);
                p.Add("@source_id", s.sourceId);
            }, ct);
        }
        foreach (var (from, to) in batch.Renames)
        {
            await statements.ExecuteAsync(IngestionSql.RenamePublished, (from, to), static (p, s) =>
            {
                p.Add("@from", s.from);
                p.Add("@to", s.to);
            }, ct);
        }
    }

    private void BindRow(StatementBatch.Parameters command, IngestedRow row, object? document)
    {
        command.Add("@source_code", row.SourceCode);
        command.Add("@source_id", row.SourceId);
        command.Add("@published_id", row.PublishedId);
        command.Add("@status", row.Status);
        command.Add("@codes", string.Join(' ', row.Codes));
        command.Add("@reasons", JsonSerializer.Serialize(row.Reasons, IngestionJson.Options));
        command.Add("@fraud_score", row.FraudScore);
        command.Add("@completeness", row.Completeness);
        command.Add("@content_hash", row.ContentHash);
        command.Add("@poster", row.Poster);
        command.Add("@siret", row.Siret);
        command.Add("@appellation_code", row.AppellationCode);
        command.Add("@departement", row.Departement);
        command.Add("@region", row.Region);
        command.Add("@valid_through", row.ValidThrough is { } until ? dialect.ToDbTime(OffreRow.ToStoreTime(until)) : null);
        command.Add("@first_seen_at", dialect.ToDbTime(OffreRow.ToStoreTime(row.FirstSeenAt)));
        command.Add("@last_seen_at", dialect.ToDbTime(OffreRow.ToStoreTime(row.LastSeenAt)));
        command.Add("@removed_at", row.RemovedAt is { } removed ? dialect.ToDbTime(OffreRow.ToStoreTime(removed)) : null);
        command.Add("@last_run_id", row.LastRunId);
        command.Add("@document", document);
    }

    private static void BindCounters(DbCommand command, ImportCounters c)
    {
        command.Add("@read", c.Read);
        command.Add("@created", c.Created);
        command.Add("@updated", c.Updated);
        command.Add("@unchanged", c.Unchanged);
        command.Add("@deleted", c.Deleted);
        command.Add("@rejected", c.Rejected);
        command.Add("@blocked", c.Blocked);
        command.Add("@held", c.Held);
        command.Add("@duplicates", c.Duplicates);
        command.Add("@errors", c.Errors);
    }
}

/// <summary>Reasons are stored as a JSON array; accents stay readable in the column.</summary>
internal static class IngestionJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
