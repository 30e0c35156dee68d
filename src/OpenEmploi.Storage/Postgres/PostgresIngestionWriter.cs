using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Postgres;

/// <summary>
/// PostgreSQL's form of <see cref="IIngestionStore.ApplyBatchAsync"/>: a batch of a thousand
/// records in about seven round trips and a dozen statements, whatever it holds, instead of four
/// or five statements per record (each parsed and planned by the server) and three round trips
/// per deletion. The rows and the offers are sent with binary COPY into temporary staging tables
/// (dropped at commit), then merged with one INSERT … ON CONFLICT each; the records seen again,
/// removed or renamed are one UPDATE each over arrays; the deletions one DELETE … RETURNING, their
/// tombstones and the batch's change-log entries one binary COPY each, in the batch's order (the
/// log's identity values are drawn in COPY order, under the change-log lock). Everything happens in
/// one transaction, as on SQLite: a killed import leaves whole batches.
/// <para>
/// The result is the one the statement-per-record path gives, record for record (the tests run
/// the same batch on both stores): a key repeated within the batch is written once with the state
/// the sequence of upserts ends with (<see cref="Collapse"/>), and the change log gets one entry
/// per offer in <see cref="IngestionBatch.Upserts"/> order, then one per deletion in
/// <see cref="IngestionBatch.Deletions"/> order. The rows' prints given with the batch are merged
/// into member_prints after the rows, as the statement path writes each after its row.
/// </para>
/// </summary>
internal static class PostgresIngestionWriter
{
    // With the columns' compression method (LZ4 since migration 17): a document is compressed once,
    // when COPY stages it, and the merge moves the compressed value as it is (the server does
    // not recompress a value already compressed, whatever the target column's method).
    private const string StageRows = "CREATE TEMP TABLE oe_stage_rows (LIKE ingested_offers INCLUDING COMPRESSION) ON COMMIT DROP";

    private const string StageOffres = "CREATE TEMP TABLE oe_stage_offres (LIKE offres INCLUDING COMPRESSION) ON COMMIT DROP";

    private const string StagePrints = "CREATE TEMP TABLE oe_stage_prints (LIKE member_prints) ON COMMIT DROP";

    private const string CopyPrints = "COPY oe_stage_prints (source_code, source_id, version, print) FROM STDIN (FORMAT BINARY)";

    // After the rows (whose triggers dropped the prints of the documents they replaced), as
    // IngestionSql.UpsertRowPrint right after each row.
    private const string MergePrints =
        "INSERT INTO member_prints (source_code, source_id, version, print) SELECT source_code, source_id, version, print FROM oe_stage_prints "
        + "ON CONFLICT (source_code, source_id) DO UPDATE SET version = excluded.version, print = excluded.print";

    private const string CopyRows = $"COPY oe_stage_rows ({IngestionSql.RowColumns}) FROM STDIN (FORMAT BINARY)";

    private const string CopyOffres = $"COPY oe_stage_offres ({OffreSql.Columns}) FROM STDIN (FORMAT BINARY)";

    // The conflict rule of IngestionSql.UpsertRow: first_seen_at stays the first sighting, a row
    // without a document of its own keeps the stored one.
    private const string MergeRows =
        $"INSERT INTO ingested_offers ({IngestionSql.RowColumns}) SELECT {IngestionSql.RowColumns} FROM oe_stage_rows "
        + "ON CONFLICT (source_code, source_id) DO UPDATE SET published_id = excluded.published_id, status = excluded.status, "
        + "codes = excluded.codes, reasons = excluded.reasons, fraud_score = excluded.fraud_score, completeness = excluded.completeness, "
        + "content_hash = excluded.content_hash, poster = excluded.poster, siret = excluded.siret, appellation_code = excluded.appellation_code, "
        + "departement = excluded.departement, region = excluded.region, valid_through = excluded.valid_through, "
        + "last_seen_at = excluded.last_seen_at, removed_at = excluded.removed_at, last_run_id = excluded.last_run_id, "
        + "document = COALESCE(excluded.document, ingested_offers.document)";

    private const string TouchRows =
        "UPDATE ingested_offers i SET last_seen_at = @at, last_run_id = @run FROM unnest(@sources, @ids) AS s(source_code, source_id) "
        + "WHERE i.source_code = s.source_code AND i.source_id = s.source_id";

    private const string RemoveRows =
        "UPDATE ingested_offers i SET status = 'removed', removed_at = @at FROM unnest(@sources, @ids) AS s(source_code, source_id) "
        + "WHERE i.source_code = s.source_code AND i.source_id = s.source_id";

    // OffreSql.Insert, or OffreSql.Update for an id already stored: every column replaced.
    private const string MergeOffres =
        $"INSERT INTO offres ({OffreSql.Columns}) SELECT {OffreSql.Columns} FROM oe_stage_offres "
        + "ON CONFLICT (id) DO UPDATE SET source = excluded.source, source_id = excluded.source_id, status = excluded.status, "
        + "date_creation = excluded.date_creation, date_actualisation = excluded.date_actualisation, rome_code = excluded.rome_code, "
        + "appellation_code = excluded.appellation_code, commune = excluded.commune, code_postal = excluded.code_postal, "
        + "departement = excluded.departement, region = excluded.region, type_contrat = excluded.type_contrat, "
        + "code_naf = excluded.code_naf, stored_at = excluded.stored_at, json = excluded.json";

    private const string ExistingCodes = "SELECT id, rome_code, departement, region FROM offres WHERE id = ANY(@ids)";

    private const string DeleteTombstones = "DELETE FROM tombstones WHERE id = ANY(@ids)";

    private const string DeleteOffres =
        "DELETE FROM offres WHERE id = ANY(@ids) RETURNING id, rome_code, commune, departement, date_creation, date_actualisation, region";

    private const string CopyTombstones =
        "COPY tombstones (id, rome_code, commune, departement, date_creation, date_actualisation, deleted_at) FROM STDIN (FORMAT BINARY)";

    private const string CopyChanges =
        "COPY change_log (offre_id, kind, at, rome_code, commune, departement, region, old_rome_code, old_departement, old_region) "
        + "FROM STDIN (FORMAT BINARY)";

    public static async Task<BatchOutcome> ApplyAsync(PostgresDialect dialect, IngestionBatch batch, DateTimeOffset now, CancellationToken ct)
    {
        // Built before anything is sent: an offer that cannot be stored (an invalid id) fails the
        // batch as the statement path does, with nothing written.
        var offres = batch.UpsertRows is { } prepared && prepared.Length == batch.Upserts.Count
            ? prepared
            : [.. batch.Upserts.Select(entry => new OffreRow(entry))];
        var rows = Collapse(batch);
        var prints = rows.Count(r => r.Print is not null);

        await using var connection = await dialect.OpenNpgsqlAsync(ct);
        // The change-log writer's transaction (advisory lock): sequences stay in commit order.
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        var existing = await StageAsync(connection, rows.Count > 0, prints > 0, offres, ct);
        if (rows.Count > 0)
            await CopyRowsAsync(connection, rows, ct);
        if (prints > 0)
            await CopyPrintsAsync(connection, rows, batch.PrintVersion, ct);
        if (offres.Length > 0)
            await CopyOffresAsync(connection, offres, now, ct);

        var deleted = await MergeAsync(connection, batch, rows.Count > 0, prints > 0, offres, now, ct);

        if (deleted.Count > 0)
            await CopyTombstonesAsync(connection, deleted, now, ct);
        await CopyChangesAsync(connection, offres, existing, deleted, now, ct);
        await transaction.CommitAsync(ct);
        return new BatchOutcome(offres.Length - existing.Count, existing.Count, deleted.Count);
    }

    /// <summary>
    /// The batch's rows, one per key, each with its document (given as UTF-8 by the builder, kept
    /// so: binary COPY sends a text value as its UTF-8 bytes, so the bytes go as they are, without
    /// a UTF-16 string made and encoded back; or the row's own) and its print: a key written twice
    /// gets its last version, with the first version's first sighting and the last document given
    /// (a version without one keeps the one before) — what the upserts one after the other leave.
    /// A print is kept only from the last version (an earlier one may describe a replaced
    /// document; a missing print is recomputed by the next session).
    /// </summary>
    internal static List<CollapsedRow> Collapse(IngestionBatch batch)
    {
        var rows = batch.Rows;
        var result = new List<CollapsedRow>(rows.Count);
        var index = new Dictionary<(string, string), int>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var utf8 = batch.DocumentOf(i);
            var print = batch.PrintOf(i);
            if (!index.TryGetValue((row.SourceCode, row.SourceId), out var at))
            {
                index.Add((row.SourceCode, row.SourceId), result.Count);
                result.Add(new CollapsedRow(row, utf8, print));
                continue;
            }
            var before = result[at];
            result[at] = utf8 is not null || row.Document is not null
                ? new CollapsedRow(row with { FirstSeenAt = before.Row.FirstSeenAt }, utf8, print)
                : new CollapsedRow(row with { FirstSeenAt = before.Row.FirstSeenAt, Document = before.Row.Document }, before.Utf8Document, print);
        }
        return result;
    }

    /// <summary>One row to merge: its document is <see cref="Utf8Document"/> when given so, else the row's <see cref="IngestedRow.Document"/>.</summary>
    internal readonly record struct CollapsedRow(IngestedRow Row, byte[]? Utf8Document, byte[]? Print);

    /// <summary>Creates the staging tables the batch needs and reads which upserts are stored, with their codes (one round trip).</summary>
    private static async Task<Dictionary<string, ChangeCodes>> StageAsync(
        NpgsqlConnection connection, bool hasRows, bool hasPrints, OffreRow[] offres, CancellationToken ct)
    {
        var existing = new Dictionary<string, ChangeCodes>(StringComparer.Ordinal);
        await using var batch = connection.CreateBatch();
        if (hasRows)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(StageRows));
        if (hasPrints)
            batch.BatchCommands.Add(new NpgsqlBatchCommand(StagePrints));
        if (offres.Length > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(StageOffres));
            var query = new NpgsqlBatchCommand(ExistingCodes);
            query.Parameters.AddWithValue("ids", offres.Select(o => o.Id).ToArray());
            batch.BatchCommands.Add(query);
        }
        if (batch.BatchCommands.Count == 0)
            return existing;
        await using var reader = await batch.ExecuteReaderAsync(ct);
        do
        {
            while (await reader.ReadAsync(ct))
                existing[reader.GetString(0)] = new ChangeCodes(reader.GetNullableString(1), null, reader.GetNullableString(2), reader.GetNullableString(3));
        }
        while (await reader.NextResultAsync(ct));
        return existing;
    }

    private static async Task CopyRowsAsync(NpgsqlConnection connection, List<CollapsedRow> rows, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(CopyRows, ct);
        foreach (var (row, utf8, _) in rows)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(row.SourceCode, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(row.SourceId, NpgsqlDbType.Text, ct);
            await TextAsync(importer, row.PublishedId, ct);
            await importer.WriteAsync(row.Status, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(string.Join(' ', row.Codes), NpgsqlDbType.Text, ct);
            await importer.WriteAsync(JsonSerializer.Serialize(row.Reasons, IngestionJson.Options), NpgsqlDbType.Text, ct);
            await IntegerAsync(importer, row.FraudScore, ct);
            await IntegerAsync(importer, row.Completeness, ct);
            await TextAsync(importer, row.ContentHash, ct);
            await importer.WriteAsync(row.Poster, NpgsqlDbType.Text, ct);
            await TextAsync(importer, row.Siret, ct);
            await TextAsync(importer, row.AppellationCode, ct);
            await TextAsync(importer, row.Departement, ct);
            await TextAsync(importer, row.Region, ct);
            await TimeAsync(importer, row.ValidThrough, ct);
            await TimeAsync(importer, row.FirstSeenAt, ct);
            await TimeAsync(importer, row.LastSeenAt, ct);
            await TimeAsync(importer, row.RemovedAt, ct);
            if (row.LastRunId is { } run)
                await importer.WriteAsync(run, NpgsqlDbType.Bigint, ct);
            else
                await importer.WriteNullAsync(ct);
            if (utf8 is not null)
                await importer.WriteAsync(utf8, NpgsqlDbType.Text, ct);
            else
                await TextAsync(importer, row.Document, ct);
        }
        await importer.CompleteAsync(ct);
    }

    private static async Task CopyPrintsAsync(
        NpgsqlConnection connection, List<CollapsedRow> rows, int version, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(CopyPrints, ct);
        foreach (var (row, _, print) in rows)
        {
            if (print is null)
                continue;
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(row.SourceCode, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(row.SourceId, NpgsqlDbType.Text, ct);
            await importer.WriteAsync(version, NpgsqlDbType.Integer, ct);
            await importer.WriteAsync(print, NpgsqlDbType.Bytea, ct);
        }
        await importer.CompleteAsync(ct);
    }

    private static async Task CopyOffresAsync(NpgsqlConnection connection, OffreRow[] offres, DateTimeOffset now, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(CopyOffres, ct);
        foreach (var row in offres)
            await OffreCopyRow.WriteAsync(importer, row, now, ct);
        await importer.CompleteAsync(ct);
    }

    /// <summary>
    /// Every statement that needs no data of its own, in the order of the statement path (rows,
    /// sightings, removals, renames, then the offers; the counters anywhere in the transaction),
    /// sent together; the deletions' rows are read back for their tombstones and change-log codes.
    /// </summary>
    private static async Task<List<DeletedOffre>> MergeAsync(
        NpgsqlConnection connection, IngestionBatch batch, bool hasRows, bool hasPrints, OffreRow[] offres, DateTimeOffset now, CancellationToken ct)
    {
        await using var statements = connection.CreateBatch();
        if (hasRows)
            statements.BatchCommands.Add(new NpgsqlBatchCommand(MergeRows));
        if (hasPrints)
            statements.BatchCommands.Add(new NpgsqlBatchCommand(MergePrints));
        if (batch.Seen.Count > 0)
        {
            var touch = Keys(TouchRows, batch.Seen, now);
            touch.Parameters.AddWithValue("run", NpgsqlDbType.Bigint, (object?)batch.RunId ?? DBNull.Value);
            statements.BatchCommands.Add(touch);
        }
        if (batch.Removals.Count > 0)
            statements.BatchCommands.Add(Keys(RemoveRows, batch.Removals, now));
        foreach (var (from, to) in batch.Renames)
        {
            var rename = new NpgsqlBatchCommand(IngestionSql.RenamePublished);
            rename.Parameters.AddWithValue("from", from);
            rename.Parameters.AddWithValue("to", to);
            statements.BatchCommands.Add(rename);
        }
        if (offres.Length > 0)
        {
            statements.BatchCommands.Add(new NpgsqlBatchCommand(MergeOffres));
            // Tombstones of re-created ids go: an id is live or tombstoned, never both.
            var untomb = new NpgsqlBatchCommand(DeleteTombstones);
            untomb.Parameters.AddWithValue("ids", offres.Select(o => o.Id).ToArray());
            statements.BatchCommands.Add(untomb);
        }
        if (batch.RunId is { } runId && batch.Counters is { } counters)
        {
            var update = new NpgsqlBatchCommand(IngestionSql.UpdateCounters);
            BindCounters(update.Parameters, counters);
            update.Parameters.AddWithValue("id", runId);
            statements.BatchCommands.Add(update);
        }
        if (batch.Deletions.Count > 0)
        {
            var delete = new NpgsqlBatchCommand(DeleteOffres);
            delete.Parameters.AddWithValue("ids", batch.Deletions.ToArray());
            statements.BatchCommands.Add(delete);
        }
        var deleted = new List<DeletedOffre>();
        if (statements.BatchCommands.Count == 0)
            return deleted;
        var found = new Dictionary<string, DeletedOffre>(StringComparer.Ordinal);
        await using (var reader = await statements.ExecuteReaderAsync(ct))
        {
            // Only the DELETE … RETURNING has a result set; reading every result surfaces any statement's error.
            do
            {
                while (await reader.ReadAsync(ct))
                {
                    var id = reader.GetString(0);
                    found[id] = new DeletedOffre(
                        id, new ChangeCodes(reader.GetNullableString(1), reader.GetNullableString(2), reader.GetNullableString(3), reader.GetNullableString(6)),
                        reader.GetFieldValue<DateTime>(4), reader.GetFieldValue<DateTime>(5));
                }
            }
            while (await reader.NextResultAsync(ct));
        }
        // In the batch's order (an id appears once in it), whatever order the server returned them in.
        foreach (var id in batch.Deletions)
        {
            if (found.TryGetValue(id, out var offre))
                deleted.Add(offre);
        }
        return deleted;
    }

    private static NpgsqlBatchCommand Keys(string sql, List<(string Source, string SourceId)> keys, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("at", NpgsqlDbType.TimestampTz, now);
        command.Parameters.AddWithValue("sources", NpgsqlDbType.Array | NpgsqlDbType.Text, keys.Select(k => k.Source).ToArray());
        command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, keys.Select(k => k.SourceId).ToArray());
        return command;
    }

    private static async Task CopyTombstonesAsync(NpgsqlConnection connection, List<DeletedOffre> deleted, DateTimeOffset now, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(CopyTombstones, ct);
        foreach (var offre in deleted)
        {
            await importer.StartRowAsync(ct);
            await importer.WriteAsync(offre.Id, NpgsqlDbType.Text, ct);
            await TextAsync(importer, offre.Codes.RomeCode, ct);
            await TextAsync(importer, offre.Codes.Commune, ct);
            await TextAsync(importer, offre.Codes.Departement, ct);
            await importer.WriteAsync(offre.DateCreation, NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(offre.DateActualisation, NpgsqlDbType.TimestampTz, ct);
            await importer.WriteAsync(now, NpgsqlDbType.TimestampTz, ct);
        }
        await importer.CompleteAsync(ct);
    }

    /// <summary>One entry per upsert (the codes before an update as old codes), then one per deletion (the deleted offer's codes).</summary>
    private static async Task CopyChangesAsync(
        NpgsqlConnection connection, OffreRow[] offres, Dictionary<string, ChangeCodes> existing, List<DeletedOffre> deleted,
        DateTimeOffset now, CancellationToken ct)
    {
        if (offres.Length == 0 && deleted.Count == 0)
            return;
        await using var importer = await connection.BeginBinaryImportAsync(CopyChanges, ct);
        foreach (var row in offres)
        {
            var updated = existing.TryGetValue(row.Id, out var old);
            await ChangeAsync(importer, row.Id, updated ? ChangeKind.Updated : ChangeKind.Created, now,
                new ChangeCodes(row.RomeCode, row.Commune, row.Departement, row.Region), old, ct);
        }
        foreach (var offre in deleted)
            await ChangeAsync(importer, offre.Id, ChangeKind.Deleted, now, offre.Codes, default, ct);
        await importer.CompleteAsync(ct);
    }

    private static async Task ChangeAsync(
        NpgsqlBinaryImporter importer, string id, ChangeKind kind, DateTimeOffset at, ChangeCodes codes, ChangeCodes old, CancellationToken ct)
    {
        await importer.StartRowAsync(ct);
        await importer.WriteAsync(id, NpgsqlDbType.Text, ct);
        await importer.WriteAsync((short)kind, NpgsqlDbType.Smallint, ct);
        await importer.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
        await TextAsync(importer, codes.RomeCode, ct);
        await TextAsync(importer, codes.Commune, ct);
        await TextAsync(importer, codes.Departement, ct);
        await TextAsync(importer, codes.Region, ct);
        await TextAsync(importer, old.RomeCode, ct);
        await TextAsync(importer, old.Departement, ct);
        await TextAsync(importer, old.Region, ct);
    }

    private static void BindCounters(NpgsqlParameterCollection parameters, ImportCounters c)
    {
        parameters.AddWithValue("read", c.Read);
        parameters.AddWithValue("created", c.Created);
        parameters.AddWithValue("updated", c.Updated);
        parameters.AddWithValue("unchanged", c.Unchanged);
        parameters.AddWithValue("deleted", c.Deleted);
        parameters.AddWithValue("rejected", c.Rejected);
        parameters.AddWithValue("blocked", c.Blocked);
        parameters.AddWithValue("held", c.Held);
        parameters.AddWithValue("duplicates", c.Duplicates);
        parameters.AddWithValue("errors", c.Errors);
    }

    private static Task TextAsync(NpgsqlBinaryImporter importer, string? value, CancellationToken ct) =>
        OffreCopyRow.TextAsync(importer, value, ct);

    private static Task IntegerAsync(NpgsqlBinaryImporter importer, int? value, CancellationToken ct) =>
        value is { } number ? importer.WriteAsync(number, NpgsqlDbType.Integer, ct) : importer.WriteNullAsync(ct);

    // Store times keep microseconds (OffreRow.ToStoreTime), as the statement path binds them.
    private static Task TimeAsync(NpgsqlBinaryImporter importer, DateTimeOffset? value, CancellationToken ct) =>
        value is { } time ? importer.WriteAsync(OffreRow.ToStoreTime(time), NpgsqlDbType.TimestampTz, ct) : importer.WriteNullAsync(ct);

    private sealed record DeletedOffre(string Id, ChangeCodes Codes, DateTime DateCreation, DateTime DateActualisation);
}
