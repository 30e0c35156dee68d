namespace OpenEmploi.Storage.Ingestion;

/// <summary>The SQL of the ingestion inbox; both providers run it as written.</summary>
internal static class InboxSql
{
    public const string Columns =
        "id, batch_id, record_index, client_id, source_code, operation, reference, document, received_at, processed_at, "
        + "decision, codes, reasons, offer_id, run_id";

    public const string Insert =
        "INSERT INTO ingestion_inbox (batch_id, record_index, client_id, source_code, operation, reference, document, received_at, "
        + "processed_at, decision, codes, reasons, offer_id, run_id) VALUES (@batch_id, @record_index, @client_id, @source_code, "
        + "@operation, @reference, @document, @received_at, @processed_at, @decision, @codes, @reasons, @offer_id, @run_id)";

    public const string SelectPending = $"SELECT {Columns} FROM ingestion_inbox WHERE processed_at IS NULL ORDER BY id LIMIT @limit";

    public const string SelectBatch = $"SELECT {Columns} FROM ingestion_inbox WHERE batch_id = @batch_id ORDER BY record_index";

    public const string Complete =
        "UPDATE ingestion_inbox SET processed_at = @at, decision = @decision, codes = @codes, reasons = @reasons, "
        + "offer_id = @offer_id, run_id = @run_id WHERE id = @id";

    public const string WasPosted =
        "SELECT count(*) FROM (SELECT 1 FROM ingestion_inbox WHERE source_code = @source_code AND reference = @reference "
        + "AND operation = 'post' LIMIT 1) AS posted";

    public const string Purge = "DELETE FROM ingestion_inbox WHERE processed_at IS NOT NULL AND processed_at < @before";

    public const string CountHeld = "SELECT count(*) FROM ingested_offers WHERE status = 'held'";

    // Same order as IngestionSql.SelectByStatus (what `openemploi moderation list` shows).
    public const string SelectHeld =
        "SELECT source_code, source_id, fraud_score, codes, reasons, first_seen_at, last_seen_at, document FROM ingested_offers "
        + "WHERE status = 'held' ORDER BY last_seen_at, source_code, source_id LIMIT @limit OFFSET @offset";
}
