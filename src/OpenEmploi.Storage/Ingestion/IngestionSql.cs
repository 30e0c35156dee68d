namespace OpenEmploi.Storage.Ingestion;

/// <summary>The SQL of the ingestion store; both providers run it as written.</summary>
internal static class IngestionSql
{
    public const string RowColumns =
        "source_code, source_id, published_id, status, codes, reasons, fraud_score, completeness, content_hash, poster, "
        + "siret, appellation_code, departement, region, valid_through, first_seen_at, last_seen_at, removed_at, last_run_id, document";

    // first_seen_at stays the first sighting; a row without a document of its own keeps the stored one.
    public const string UpsertRow = UpsertRowValues + "@document" + UpsertRowConflict;

    /// <summary><see cref="UpsertRow"/> with the document bound as UTF-8 bytes, stored as TEXT as they are (SQLite).</summary>
    public const string UpsertRowUtf8 = UpsertRowValues + "CAST(@document AS TEXT)" + UpsertRowConflict;

    private const string UpsertRowValues =
        $"INSERT INTO ingested_offers ({RowColumns}) VALUES (@source_code, @source_id, @published_id, @status, @codes, @reasons, "
        + "@fraud_score, @completeness, @content_hash, @poster, @siret, @appellation_code, @departement, @region, @valid_through, "
        + "@first_seen_at, @last_seen_at, @removed_at, @last_run_id, ";

    private const string UpsertRowConflict =
        ") ON CONFLICT (source_code, source_id) DO UPDATE SET published_id = excluded.published_id, status = excluded.status, "
        + "codes = excluded.codes, reasons = excluded.reasons, fraud_score = excluded.fraud_score, completeness = excluded.completeness, "
        + "content_hash = excluded.content_hash, poster = excluded.poster, siret = excluded.siret, appellation_code = excluded.appellation_code, "
        + "departement = excluded.departement, region = excluded.region, valid_through = excluded.valid_through, "
        + "last_seen_at = excluded.last_seen_at, removed_at = excluded.removed_at, last_run_id = excluded.last_run_id, "
        + "document = COALESCE(excluded.document, ingested_offers.document)";

    public const string TouchRow =
        "UPDATE ingested_offers SET last_seen_at = @at, last_run_id = @run WHERE source_code = @source_code AND source_id = @source_id";

    public const string RenamePublished = "UPDATE ingested_offers SET published_id = @to WHERE published_id = @from";

    public const string RemoveRow =
        "UPDATE ingested_offers SET status = 'removed', removed_at = @at WHERE source_code = @source_code AND source_id = @source_id";

    public const string SelectRows = $"SELECT {RowColumns} FROM ingested_offers";

    public const string SelectRowsOfSource = $"SELECT {RowColumns} FROM ingested_offers WHERE source_code = @source_code";

    public const string SelectKnownRows =
        "SELECT source_id, content_hash, status, published_id, last_run_id FROM ingested_offers WHERE source_code = @source_code";

    public const string SelectRow = $"SELECT {RowColumns} FROM ingested_offers WHERE source_code = @source_code AND source_id = @source_id";

    public const string SelectDocument = "SELECT document FROM ingested_offers WHERE source_code = @source_code AND source_id = @source_id";

    public const string SelectOffreJson = "SELECT json FROM offres WHERE id = @id";

    // Several at once (PostgreSQL): keys as two parallel arrays, each pair found by the primary key.
    public const string SelectDocumentsPostgres =
        "SELECT o.source_code, o.source_id, o.document FROM unnest(@sources::text[], @ids::text[]) AS k(source_code, source_id) "
        + "JOIN ingested_offers o ON o.source_code = k.source_code AND o.source_id = k.source_id";

    public const string SelectOffreJsonsPostgres = "SELECT id, json FROM offres WHERE id = ANY(@ids)";

    public const string SelectByStatus =
        $"SELECT {RowColumns} FROM ingested_offers WHERE status = @status ORDER BY last_seen_at, source_code, source_id LIMIT @limit";

    public const string SelectExpired =
        $"SELECT {RowColumns} FROM ingested_offers WHERE status IN ('published', 'warned', 'duplicate') "
        + "AND ((valid_through IS NOT NULL AND valid_through < @now) OR (last_run_id IS NOT NULL AND last_seen_at < @cutoff)) "
        + "ORDER BY source_code, source_id";

    // Same columns as OffreSql.StreamOffers, read by the same code.
    public const string SelectUningested =
        "SELECT json, source, source_id, appellation_code, departement, region FROM offres o WHERE status = 'published' "
        + "AND NOT EXISTS (SELECT 1 FROM ingested_offers i WHERE i.published_id = o.id)";

    public const string SelectUningestedDocuments =
        "SELECT id, json, source, source_id, appellation_code, departement, region FROM offres o WHERE status = 'published' "
        + "AND NOT EXISTS (SELECT 1 FROM ingested_offers i WHERE i.published_id = o.id)";

    // The members a session loads (IngestionEngine.LoadAsync): ingested rows that belong or belonged
    // to a published offer, with their print of the given version, and their document only when
    // they have none. The print comes from a scalar subquery, not a join: the rows stream in the
    // order of the table's scan, as without prints (the load's learning and lanes follow that order).
    // last_seen_at / stored_at: what a print written back must find unchanged (SaveMemberPrint).
    public const string SelectMemberRows =
        "SELECT source_code, source_id, published_id, status, poster, siret, appellation_code, departement, region, removed_at, last_seen_at, "
        + "print, CASE WHEN print IS NULL THEN document END FROM (SELECT i.source_code, i.source_id, i.published_id, i.status, i.poster, "
        + "i.siret, i.appellation_code, i.departement, i.region, i.removed_at, i.last_seen_at, i.document, "
        + "(SELECT p.print FROM member_prints p WHERE p.source_code = i.source_code AND p.source_id = i.source_id AND p.version = @version) AS print "
        + "FROM ingested_offers i WHERE i.document IS NOT NULL AND i.published_id IS NOT NULL "
        + "AND (i.status IN ('published', 'warned', 'duplicate') OR i.removed_at IS NOT NULL)) m";

    public const string SelectUningestedMembers =
        "SELECT id, source, source_id, appellation_code, departement, region, stored_at, print, CASE WHEN print IS NULL THEN json END "
        + "FROM (SELECT o.id, o.source, o.source_id, o.appellation_code, o.departement, o.region, o.stored_at, o.json, "
        + "(SELECT p.print FROM offer_prints p WHERE p.offer_id = o.id AND p.version = @version) AS print "
        + "FROM offres o WHERE o.status = 'published' AND NOT EXISTS (SELECT 1 FROM ingested_offers i WHERE i.published_id = o.id)) m";

    // A print is written back only over the version its reader saw: if its row or offer was written
    // since (by a process not holding the import lock), the print would describe an older document.
    public const string SaveMemberPrint =
        "INSERT INTO member_prints (source_code, source_id, version, print) SELECT @source_code, @source_id, @version, @print "
        + "WHERE EXISTS (SELECT 1 FROM ingested_offers WHERE source_code = @source_code AND source_id = @source_id AND last_seen_at = @written) "
        + "ON CONFLICT (source_code, source_id) DO UPDATE SET version = excluded.version, print = excluded.print";

    // A print written with its row, in the row's transaction, right after it (the row's triggers
    // have dropped any older print): it describes the document just written.
    public const string UpsertRowPrint =
        "INSERT INTO member_prints (source_code, source_id, version, print) VALUES (@source_code, @source_id, @version, @print) "
        + "ON CONFLICT (source_code, source_id) DO UPDATE SET version = excluded.version, print = excluded.print";

    public const string SaveOfferPrint =
        "INSERT INTO offer_prints (offer_id, version, print) SELECT @offer_id, @version, @print "
        + "WHERE EXISTS (SELECT 1 FROM offres WHERE id = @offer_id AND stored_at = @written) "
        + "ON CONFLICT (offer_id) DO UPDATE SET version = excluded.version, print = excluded.print";

    public const string SelectUsedIds = "SELECT id FROM offres UNION ALL SELECT id FROM tombstones";

    public const string InterruptRuns =
        "UPDATE import_runs SET status = 'interrupted', finished_at = @at WHERE status = 'running'";

    public const string InsertRun =
        "INSERT INTO import_runs (source_code, location, started_at, status, full_feed) "
        + "VALUES (@source_code, @location, @at, 'running', @full_feed) RETURNING id";

    public const string UpdateCounters =
        "UPDATE import_runs SET read = @read, created = @created, updated = @updated, unchanged = @unchanged, deleted = @deleted, "
        + "rejected = @rejected, blocked = @blocked, held = @held, duplicates = @duplicates, errors = @errors WHERE id = @id";

    public const string FinishRun =
        "UPDATE import_runs SET status = @status, finished_at = @at, error = @error, read = @read, created = @created, "
        + "updated = @updated, unchanged = @unchanged, deleted = @deleted, rejected = @rejected, blocked = @blocked, held = @held, "
        + "duplicates = @duplicates, errors = @errors WHERE id = @id";

    private const string RunColumns =
        "id, source_code, location, started_at, finished_at, status, full_feed, read, created, updated, unchanged, deleted, "
        + "rejected, blocked, held, duplicates, errors, error";

    public const string SelectRuns = $"SELECT {RunColumns} FROM import_runs ORDER BY id DESC LIMIT @limit";

    public const string SelectRunsOfSource = $"SELECT {RunColumns} FROM import_runs WHERE source_code = @source_code ORDER BY id DESC LIMIT @limit";

    public const string UpsertSource =
        "INSERT INTO sources (code, nom, url, logo, kind, multi_diffusion, feed_location, feed_format, schedule_minutes, updated_at) "
        + "VALUES (@code, @nom, @url, @logo, @kind, @multi_diffusion, @feed_location, @feed_format, @schedule_minutes, @at) "
        + "ON CONFLICT (code) DO UPDATE SET nom = excluded.nom, url = excluded.url, logo = excluded.logo, kind = excluded.kind, "
        + "multi_diffusion = excluded.multi_diffusion, feed_location = excluded.feed_location, feed_format = excluded.feed_format, "
        + "schedule_minutes = excluded.schedule_minutes, updated_at = excluded.updated_at";

    private const string SourceColumns = "code, nom, url, logo, kind, multi_diffusion, feed_location, feed_format, schedule_minutes, updated_at";

    public const string SelectSources = $"SELECT {SourceColumns} FROM sources ORDER BY code";

    public const string SelectSource = $"SELECT {SourceColumns} FROM sources WHERE code = @code";
}
