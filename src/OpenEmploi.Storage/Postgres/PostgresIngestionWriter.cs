using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Postgres;

/// <summary>
/// PostgreSQL's form of <see cref="IIngestionStore.ApplyBatchAsync"/>: a batch of a thousand
/// records in three round trips (the lock, the stored codes, the statements) and about a dozen
/// statements, whatever it holds, instead of
/// four or five statements per record (each parsed and planned by the server) and three round trips
/// per deletion. The rows, their prints and the offers are sent as one array parameter per column
/// and merged by one INSERT … SELECT FROM unnest(…) … ON CONFLICT each (no staging table: each batch
/// created, filled, read back and dropped three temporary tables before); the records seen again,
/// removed or renamed are one UPDATE each over arrays; the upserts' change-log entries one INSERT
/// over arrays, the deletions one DELETE whose returned rows make, on the server, their tombstones
/// and change-log entries; each in the batch's order (the log's identity values are drawn in
/// insertion order, under the change-log lock). Everything happens in one transaction, as on
/// SQLite: a killed import leaves whole batches.
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
    // The batch's rows, prints and offers go as one array parameter per column, unnested by the
    // merge itself: no staging table (each batch created and dropped three temporary tables, with
    // their TOAST tables and indexes, and wrote every row into one before the merge read it back).
    // Documents and stored JSON are sent as their UTF-8 bytes (bytea) and made text by the server
    // (convert_from checks the encoding): no UTF-16 string is made of them on the writer's side,
    // and the server compresses each once (LZ4 since migration 16), as it stores it.
    private const string Utf8 = "'UTF8'";

    // The conflict rule of IngestionSql.UpsertRow: first_seen_at stays the first sighting, a row
    // without a document of its own keeps the stored one.
    private const string MergeRows =
        $"INSERT INTO ingested_offers ({IngestionSql.RowColumns}) SELECT source_code, source_id, published_id, status, codes, reasons, "
        + "fraud_score, completeness, content_hash, poster, siret, appellation_code, departement, region, valid_through, first_seen_at, "
        + $"last_seen_at, removed_at, last_run_id, convert_from(document, {Utf8}) "
        + "FROM unnest(@source_code::text[], @source_id::text[], @published_id::text[], @status::text[], @codes::text[], @reasons::text[], "
        + "@fraud_score::integer[], @completeness::integer[], @content_hash::text[], @poster::text[], @siret::text[], @appellation_code::text[], "
        + "@departement::text[], @region::text[], @valid_through::timestamptz[], @first_seen_at::timestamptz[], @last_seen_at::timestamptz[], "
        + "@removed_at::timestamptz[], @last_run_id::bigint[], @document::bytea[]) AS r(source_code, source_id, published_id, status, codes, "
        + "reasons, fraud_score, completeness, content_hash, poster, siret, appellation_code, departement, region, valid_through, first_seen_at, "
        + "last_seen_at, removed_at, last_run_id, document) "
        + "ON CONFLICT (source_code, source_id) DO UPDATE SET published_id = excluded.published_id, status = excluded.status, "
        + "codes = excluded.codes, reasons = excluded.reasons, fraud_score = excluded.fraud_score, completeness = excluded.completeness, "
        + "content_hash = excluded.content_hash, poster = excluded.poster, siret = excluded.siret, appellation_code = excluded.appellation_code, "
        + "departement = excluded.departement, region = excluded.region, valid_through = excluded.valid_through, "
        + "last_seen_at = excluded.last_seen_at, removed_at = excluded.removed_at, last_run_id = excluded.last_run_id, "
        + "document = COALESCE(excluded.document, ingested_offers.document)";

    // After the rows (whose triggers dropped the prints of the documents they replaced), as
    // IngestionSql.UpsertRowPrint right after each row.
    private const string MergePrints =
        "INSERT INTO member_prints (source_code, source_id, version, print) SELECT source_code, source_id, @version, print "
        + "FROM unnest(@source_code::text[], @source_id::text[], @print::bytea[]) AS p(source_code, source_id, print) "
        + "ON CONFLICT (source_code, source_id) DO UPDATE SET version = excluded.version, print = excluded.print";

    private const string TouchRows =
        "UPDATE ingested_offers i SET last_seen_at = @at, last_run_id = @run FROM unnest(@sources, @ids) AS s(source_code, source_id) "
        + "WHERE i.source_code = s.source_code AND i.source_id = s.source_id";

    private const string RemoveRows =
        "UPDATE ingested_offers i SET status = 'removed', removed_at = @at FROM unnest(@sources, @ids) AS s(source_code, source_id) "
        + "WHERE i.source_code = s.source_code AND i.source_id = s.source_id";

    // OffreSql.Insert, or OffreSql.Update for an id already stored: every column replaced.
    private const string MergeOffres =
        $"INSERT INTO offres ({OffreSql.Columns}) SELECT id, source, source_id, '{OffreRow.Published}', date_creation, date_actualisation, "
        + "rome_code, appellation_code, commune, code_postal, departement, region, type_contrat, code_naf, @stored_at, "
        + $"convert_from(json, {Utf8}) "
        + "FROM unnest(@id::text[], @source::text[], @source_id::text[], @date_creation::timestamptz[], @date_actualisation::timestamptz[], "
        + "@rome_code::text[], @appellation_code::text[], @commune::text[], @code_postal::text[], @departement::text[], @region::text[], "
        + "@type_contrat::text[], @code_naf::text[], @json::bytea[]) AS o(id, source, source_id, date_creation, date_actualisation, rome_code, "
        + "appellation_code, commune, code_postal, departement, region, type_contrat, code_naf, json) "
        + "ON CONFLICT (id) DO UPDATE SET source = excluded.source, source_id = excluded.source_id, status = excluded.status, "
        + "date_creation = excluded.date_creation, date_actualisation = excluded.date_actualisation, rome_code = excluded.rome_code, "
        + "appellation_code = excluded.appellation_code, commune = excluded.commune, code_postal = excluded.code_postal, "
        + "departement = excluded.departement, region = excluded.region, type_contrat = excluded.type_contrat, "
        + "code_naf = excluded.code_naf, stored_at = excluded.stored_at, json = excluded.json";

    private const string ExistingCodes = "SELECT id, rome_code, departement, region FROM offres WHERE id = ANY(@ids)";

    private const string DeleteTombstones = "DELETE FROM tombstones WHERE id = ANY(@ids)";

    // The batch's change-log entries for its upserts, in the batch's order: identity values are
    // drawn as the rows are inserted, in the ORDER BY's order (under the change-log lock). One
    // array per column, like the merges: no COPY awaiting each of the ten values of each entry
    // (about a million awaits per 100,000-record feed) and no round trip of its own.
    private const string LogUpserts =
        "INSERT INTO change_log (offre_id, kind, at, rome_code, commune, departement, region, old_rome_code, old_departement, old_region) "
        + "SELECT id, kind, @at, rome_code, commune, departement, region, old_rome_code, old_departement, old_region "
        + "FROM unnest(@id::text[], @kind::smallint[], @rome_code::text[], @commune::text[], @departement::text[], @region::text[], "
        + "@old_rome_code::text[], @old_departement::text[], @old_region::text[]) WITH ORDINALITY "
        + "AS c(id, kind, rome_code, commune, departement, region, old_rome_code, old_departement, old_region, n) ORDER BY n";

    // The deletions with their tombstones and change-log entries (the deleted offer's codes), in
    // one statement: the deleted rows no longer travel to the client and back by two COPYs. The
    // log's entries follow the batch's order of the deletions (an id missing from offres gets none).
    private const string DeleteOffres =
        "WITH d AS (DELETE FROM offres WHERE id = ANY(@ids) "
        + "RETURNING id, rome_code, commune, departement, region, date_creation, date_actualisation), "
        + "t AS (INSERT INTO tombstones (id, rome_code, commune, departement, date_creation, date_actualisation, deleted_at) "
        + "SELECT id, rome_code, commune, departement, date_creation, date_actualisation, @at FROM d) "
        + "INSERT INTO change_log (offre_id, kind, at, rome_code, commune, departement, region) "
        + "SELECT d.id, @kind, @at, d.rome_code, d.commune, d.departement, d.region "
        + "FROM unnest(@ids::text[]) WITH ORDINALITY AS k(id, n) JOIN d ON d.id = k.id ORDER BY k.n";

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
        var existing = await ExistingCodesAsync(connection, offres, ct);
        var deleted = await MergeAsync(connection, batch, rows, prints, offres, existing, now, ct);
        await transaction.CommitAsync(ct);
        return new BatchOutcome(offres.Length - existing.Count, existing.Count, deleted);
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

    /// <summary>Which upserts are stored, with their codes (the change log's old codes): one round trip.</summary>
    private static async Task<Dictionary<string, ChangeCodes>> ExistingCodesAsync(NpgsqlConnection connection, OffreRow[] offres, CancellationToken ct)
    {
        var existing = new Dictionary<string, ChangeCodes>(StringComparer.Ordinal);
        if (offres.Length == 0)
            return existing;
        await using var query = new NpgsqlCommand(ExistingCodes, connection);
        query.Parameters.AddWithValue("ids", offres.Select(o => o.Id).ToArray());
        await using var reader = await query.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            existing[reader.GetString(0)] = new ChangeCodes(reader.GetNullableString(1), null, reader.GetNullableString(2), reader.GetNullableString(3));
        return existing;
    }

    /// <summary><see cref="MergeRows"/> with the rows as one array per column.</summary>
    private static NpgsqlBatchCommand MergeRowsCommand(List<CollapsedRow> rows)
    {
        var n = rows.Count;
        var sourceCodes = new string[n];
        var sourceIds = new string[n];
        var publishedIds = new string?[n];
        var statuses = new string[n];
        var codes = new string[n];
        var reasons = new string[n];
        var fraudScores = new int?[n];
        var completeness = new int?[n];
        var hashes = new string?[n];
        var posters = new string[n];
        var sirets = new string?[n];
        var appellations = new string?[n];
        var departements = new string?[n];
        var regions = new string?[n];
        var validThrough = new DateTime?[n];
        var firstSeen = new DateTime?[n];
        var lastSeen = new DateTime?[n];
        var removed = new DateTime?[n];
        var runs = new long?[n];
        var documents = new byte[]?[n];
        for (var i = 0; i < n; i++)
        {
            var (row, utf8, _) = rows[i];
            sourceCodes[i] = row.SourceCode;
            sourceIds[i] = row.SourceId;
            publishedIds[i] = row.PublishedId;
            statuses[i] = row.Status;
            codes[i] = string.Join(' ', row.Codes);
            reasons[i] = JsonSerializer.Serialize(row.Reasons, IngestionJson.Options);
            fraudScores[i] = row.FraudScore;
            completeness[i] = row.Completeness;
            hashes[i] = row.ContentHash;
            posters[i] = row.Poster;
            sirets[i] = row.Siret;
            appellations[i] = row.AppellationCode;
            departements[i] = row.Departement;
            regions[i] = row.Region;
            validThrough[i] = Time(row.ValidThrough);
            firstSeen[i] = Time(row.FirstSeenAt);
            lastSeen[i] = Time(row.LastSeenAt);
            removed[i] = Time(row.RemovedAt);
            runs[i] = row.LastRunId;
            documents[i] = utf8 ?? (row.Document is { } document ? Encoding.UTF8.GetBytes(document) : null);
        }
        var command = new NpgsqlBatchCommand(MergeRows);
        var p = command.Parameters;
        p.AddWithValue("source_code", NpgsqlDbType.Array | NpgsqlDbType.Text, sourceCodes);
        p.AddWithValue("source_id", NpgsqlDbType.Array | NpgsqlDbType.Text, sourceIds);
        p.AddWithValue("published_id", NpgsqlDbType.Array | NpgsqlDbType.Text, publishedIds);
        p.AddWithValue("status", NpgsqlDbType.Array | NpgsqlDbType.Text, statuses);
        p.AddWithValue("codes", NpgsqlDbType.Array | NpgsqlDbType.Text, codes);
        p.AddWithValue("reasons", NpgsqlDbType.Array | NpgsqlDbType.Text, reasons);
        p.AddWithValue("fraud_score", NpgsqlDbType.Array | NpgsqlDbType.Integer, fraudScores);
        p.AddWithValue("completeness", NpgsqlDbType.Array | NpgsqlDbType.Integer, completeness);
        p.AddWithValue("content_hash", NpgsqlDbType.Array | NpgsqlDbType.Text, hashes);
        p.AddWithValue("poster", NpgsqlDbType.Array | NpgsqlDbType.Text, posters);
        p.AddWithValue("siret", NpgsqlDbType.Array | NpgsqlDbType.Text, sirets);
        p.AddWithValue("appellation_code", NpgsqlDbType.Array | NpgsqlDbType.Text, appellations);
        p.AddWithValue("departement", NpgsqlDbType.Array | NpgsqlDbType.Text, departements);
        p.AddWithValue("region", NpgsqlDbType.Array | NpgsqlDbType.Text, regions);
        p.AddWithValue("valid_through", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, validThrough);
        p.AddWithValue("first_seen_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, firstSeen);
        p.AddWithValue("last_seen_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, lastSeen);
        p.AddWithValue("removed_at", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, removed);
        p.AddWithValue("last_run_id", NpgsqlDbType.Array | NpgsqlDbType.Bigint, runs);
        p.AddWithValue("document", NpgsqlDbType.Array | NpgsqlDbType.Bytea, documents);
        return command;
    }

    /// <summary><see cref="MergePrints"/> with the prints given with the rows.</summary>
    private static NpgsqlBatchCommand MergePrintsCommand(List<CollapsedRow> rows, int count, int version)
    {
        var sourceCodes = new string[count];
        var sourceIds = new string[count];
        var prints = new byte[count][];
        var at = 0;
        foreach (var (row, _, print) in rows)
        {
            if (print is null)
                continue;
            sourceCodes[at] = row.SourceCode;
            sourceIds[at] = row.SourceId;
            prints[at++] = print;
        }
        var command = new NpgsqlBatchCommand(MergePrints);
        command.Parameters.AddWithValue("source_code", NpgsqlDbType.Array | NpgsqlDbType.Text, sourceCodes);
        command.Parameters.AddWithValue("source_id", NpgsqlDbType.Array | NpgsqlDbType.Text, sourceIds);
        command.Parameters.AddWithValue("print", NpgsqlDbType.Array | NpgsqlDbType.Bytea, prints);
        command.Parameters.AddWithValue("version", NpgsqlDbType.Integer, version);
        return command;
    }

    /// <summary><see cref="MergeOffres"/> with the offers as one array per column.</summary>
    private static NpgsqlBatchCommand MergeOffresCommand(OffreRow[] offres, DateTimeOffset now)
    {
        var n = offres.Length;
        var ids = new string[n];
        var sources = new string[n];
        var sourceIds = new string?[n];
        var created = new DateTime[n];
        var updated = new DateTime[n];
        var romes = new string?[n];
        var appellations = new string?[n];
        var communes = new string?[n];
        var postcodes = new string?[n];
        var departements = new string?[n];
        var regions = new string?[n];
        var contracts = new string?[n];
        var nafs = new string?[n];
        var jsons = new byte[n][];
        for (var i = 0; i < n; i++)
        {
            var row = offres[i];
            ids[i] = row.Id;
            sources[i] = row.Source;
            sourceIds[i] = row.SourceId;
            created[i] = row.DateCreation;
            updated[i] = row.DateActualisation;
            romes[i] = row.RomeCode;
            appellations[i] = row.AppellationCode;
            communes[i] = row.Commune;
            postcodes[i] = row.CodePostal;
            departements[i] = row.Departement;
            regions[i] = row.Region;
            contracts[i] = row.TypeContrat;
            nafs[i] = row.CodeNaf;
            jsons[i] = row.Json;
        }
        var command = new NpgsqlBatchCommand(MergeOffres);
        var p = command.Parameters;
        p.AddWithValue("id", NpgsqlDbType.Array | NpgsqlDbType.Text, ids);
        p.AddWithValue("source", NpgsqlDbType.Array | NpgsqlDbType.Text, sources);
        p.AddWithValue("source_id", NpgsqlDbType.Array | NpgsqlDbType.Text, sourceIds);
        p.AddWithValue("date_creation", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, created);
        p.AddWithValue("date_actualisation", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, updated);
        p.AddWithValue("rome_code", NpgsqlDbType.Array | NpgsqlDbType.Text, romes);
        p.AddWithValue("appellation_code", NpgsqlDbType.Array | NpgsqlDbType.Text, appellations);
        p.AddWithValue("commune", NpgsqlDbType.Array | NpgsqlDbType.Text, communes);
        p.AddWithValue("code_postal", NpgsqlDbType.Array | NpgsqlDbType.Text, postcodes);
        p.AddWithValue("departement", NpgsqlDbType.Array | NpgsqlDbType.Text, departements);
        p.AddWithValue("region", NpgsqlDbType.Array | NpgsqlDbType.Text, regions);
        p.AddWithValue("type_contrat", NpgsqlDbType.Array | NpgsqlDbType.Text, contracts);
        p.AddWithValue("code_naf", NpgsqlDbType.Array | NpgsqlDbType.Text, nafs);
        p.AddWithValue("json", NpgsqlDbType.Array | NpgsqlDbType.Bytea, jsons);
        p.AddWithValue("stored_at", NpgsqlDbType.TimestampTz, now);
        return command;
    }

    // Store times keep microseconds (OffreRow.ToStoreTime), as the statement path binds them.
    private static DateTime? Time(DateTimeOffset? value) => value is { } time ? OffreRow.ToStoreTime(time).UtcDateTime : null;

    /// <summary>
    /// Every statement of the batch, in the order of the statement path (rows, sightings, removals,
    /// renames, then the offers and their change-log entries; the counters anywhere in the
    /// transaction), sent together in one round trip. Returns how many offers were deleted (the
    /// deletions' change-log entries: one per offer found).
    /// </summary>
    private static async Task<int> MergeAsync(
        NpgsqlConnection connection, IngestionBatch batch, List<CollapsedRow> rows, int prints, OffreRow[] offres,
        Dictionary<string, ChangeCodes> existing, DateTimeOffset now, CancellationToken ct)
    {
        await using var statements = connection.CreateBatch();
        if (rows.Count > 0)
            statements.BatchCommands.Add(MergeRowsCommand(rows));
        if (prints > 0)
            statements.BatchCommands.Add(MergePrintsCommand(rows, prints, batch.PrintVersion));
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
            statements.BatchCommands.Add(MergeOffresCommand(offres, now));
            // Tombstones of re-created ids go: an id is live or tombstoned, never both.
            var untomb = new NpgsqlBatchCommand(DeleteTombstones);
            untomb.Parameters.AddWithValue("ids", offres.Select(o => o.Id).ToArray());
            statements.BatchCommands.Add(untomb);
            statements.BatchCommands.Add(LogUpsertsCommand(offres, existing, now));
        }
        if (batch.RunId is { } runId && batch.Counters is { } counters)
        {
            var update = new NpgsqlBatchCommand(IngestionSql.UpdateCounters);
            BindCounters(update.Parameters, counters);
            update.Parameters.AddWithValue("id", runId);
            statements.BatchCommands.Add(update);
        }
        NpgsqlBatchCommand? delete = null;
        if (batch.Deletions.Count > 0)
        {
            delete = new NpgsqlBatchCommand(DeleteOffres);
            delete.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, batch.Deletions.ToArray());
            delete.Parameters.AddWithValue("at", NpgsqlDbType.TimestampTz, now);
            delete.Parameters.AddWithValue("kind", NpgsqlDbType.Smallint, (short)ChangeKind.Deleted);
            statements.BatchCommands.Add(delete);
        }
        if (statements.BatchCommands.Count == 0)
            return 0;
        await statements.ExecuteNonQueryAsync(ct);
        // The deletion's statement inserts one change-log entry per offer its DELETE found.
        return delete is null ? 0 : delete.RecordsAffected;
    }

    /// <summary>
    /// <see cref="LogUpserts"/>: one entry per upsert, created or updated (then with the codes it
    /// carried before as old codes) as <paramref name="existing"/> says.
    /// </summary>
    private static NpgsqlBatchCommand LogUpsertsCommand(OffreRow[] offres, Dictionary<string, ChangeCodes> existing, DateTimeOffset now)
    {
        var n = offres.Length;
        var ids = new string[n];
        var kinds = new short[n];
        var romes = new string?[n];
        var communes = new string?[n];
        var departements = new string?[n];
        var regions = new string?[n];
        var oldRomes = new string?[n];
        var oldDepartements = new string?[n];
        var oldRegions = new string?[n];
        for (var i = 0; i < n; i++)
        {
            var row = offres[i];
            var updated = existing.TryGetValue(row.Id, out var old);
            ids[i] = row.Id;
            kinds[i] = (short)(updated ? ChangeKind.Updated : ChangeKind.Created);
            romes[i] = row.RomeCode;
            communes[i] = row.Commune;
            departements[i] = row.Departement;
            regions[i] = row.Region;
            oldRomes[i] = old.RomeCode;
            oldDepartements[i] = old.Departement;
            oldRegions[i] = old.Region;
        }
        var command = new NpgsqlBatchCommand(LogUpserts);
        var p = command.Parameters;
        p.AddWithValue("id", NpgsqlDbType.Array | NpgsqlDbType.Text, ids);
        p.AddWithValue("kind", NpgsqlDbType.Array | NpgsqlDbType.Smallint, kinds);
        p.AddWithValue("rome_code", NpgsqlDbType.Array | NpgsqlDbType.Text, romes);
        p.AddWithValue("commune", NpgsqlDbType.Array | NpgsqlDbType.Text, communes);
        p.AddWithValue("departement", NpgsqlDbType.Array | NpgsqlDbType.Text, departements);
        p.AddWithValue("region", NpgsqlDbType.Array | NpgsqlDbType.Text, regions);
        p.AddWithValue("old_rome_code", NpgsqlDbType.Array | NpgsqlDbType.Text, oldRomes);
        p.AddWithValue("old_departement", NpgsqlDbType.Array | NpgsqlDbType.Text, oldDepartements);
        p.AddWithValue("old_region", NpgsqlDbType.Array | NpgsqlDbType.Text, oldRegions);
        p.AddWithValue("at", NpgsqlDbType.TimestampTz, now);
        return command;
    }

    private static NpgsqlBatchCommand Keys(string sql, List<(string Source, string SourceId)> keys, DateTimeOffset now)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddWithValue("at", NpgsqlDbType.TimestampTz, now);
        command.Parameters.AddWithValue("sources", NpgsqlDbType.Array | NpgsqlDbType.Text, keys.Select(k => k.Source).ToArray());
        command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Text, keys.Select(k => k.SourceId).ToArray());
        return command;
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
}
