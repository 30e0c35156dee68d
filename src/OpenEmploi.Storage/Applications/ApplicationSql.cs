namespace OpenEmploi.Storage.Applications;

/// <summary>The SQL of the application store; both providers run the same text.</summary>
internal static class ApplicationSql
{
    private const string InsertedColumns =
        "client_id, name, secret_hash, scopes, status, quota_per_second, quota_burst, created_at, updated_at";

    // Read after the inserted ones: rotation's previous secret and revocation (schema 7), then the
    // licence's suspension, termination and idle warning (schema 8).
    private const string ApplicationColumns =
        InsertedColumns + ", previous_secret_hash, previous_secret_valid_until, revoked_at"
        + ", suspended_at, suspension_reason, terminated_at, termination_cause, idle_warned_at";

    // ON CONFLICT DO NOTHING rather than catching a provider's error: no row written means a duplicate.
    public const string InsertApplication =
        $"INSERT INTO api_applications ({InsertedColumns}) VALUES "
        + "(@client_id, @name, @secret_hash, @scopes, @status, @quota_per_second, @quota_burst, @created_at, @updated_at) "
        + "ON CONFLICT (client_id) DO NOTHING";

    public const string SelectApplication = $"SELECT {ApplicationColumns} FROM api_applications WHERE client_id = @client_id";

    public const string SelectApplications = $"SELECT {ApplicationColumns} FROM api_applications ORDER BY created_at, client_id";

    public const string UpdateQuota =
        "UPDATE api_applications SET quota_per_second = @per_second, quota_burst = @burst, updated_at = @at WHERE client_id = @client_id";

    /// <summary>The current secret becomes the previous one, valid until @valid_until; never on a revoked application.</summary>
    public const string RotateSecret =
        "UPDATE api_applications SET previous_secret_hash = secret_hash, previous_secret_valid_until = @valid_until, "
        + "secret_hash = @secret_hash, updated_at = @at WHERE client_id = @client_id AND revoked_at IS NULL";

    /// <summary>Revokes once: the first revocation's time stays.</summary>
    public const string Revoke =
        "UPDATE api_applications SET revoked_at = @at, previous_secret_hash = NULL, previous_secret_valid_until = NULL, updated_at = @at "
        + "WHERE client_id = @client_id AND revoked_at IS NULL";

    public const string UpdateStatus =
        "UPDATE api_applications SET status = @status, updated_at = @at WHERE client_id = @client_id";

    /// <summary>Only the first node's key is kept; every node then reads that one.</summary>
    public const string InsertSigningKey =
        "INSERT INTO api_signing_keys (name, key, created_at) VALUES (@name, @key, @at) ON CONFLICT (name) DO NOTHING";

    public const string SelectSigningKey = "SELECT key FROM api_signing_keys WHERE name = @name";

    public const string InsertAccessLog =
        "INSERT INTO api_access_log (client_id, at, method, endpoint, status, duration_ms) "
        + "VALUES (@client_id, @at, @method, @endpoint, @status, @duration_ms)";

    public const string SelectAccessLog =
        "SELECT client_id, at, method, endpoint, status, duration_ms FROM api_access_log "
        + "WHERE client_id = @client_id AND at >= @from AND at < @to ORDER BY at, id LIMIT @limit";

    public const string CountApplyRedirect =
        "INSERT INTO apply_redirects (client_id, offre_id, day, count) VALUES (@client_id, @offre_id, @day, 1) "
        + "ON CONFLICT (client_id, offre_id, day) DO UPDATE SET count = apply_redirects.count + 1";

    private const string SelectApplyRedirects = "SELECT client_id, offre_id, day, count FROM apply_redirects WHERE day >= @from AND day <= @to";

    private const string ApplyRedirectOrder = " ORDER BY day, client_id, offre_id";

    public const string SelectApplyRedirectsOfAll = SelectApplyRedirects + ApplyRedirectOrder;

    public const string SelectApplyRedirectsOfClient = SelectApplyRedirects + " AND client_id = @client_id" + ApplyRedirectOrder;

    // A call older than the recorded one (two nodes flushing out of order) changes nothing.
    public const string UpsertSyncStatus =
        "INSERT INTO api_sync_status (client_id, synced_at, kind, position, head, caught_up_at) "
        + "VALUES (@client_id, @synced_at, @kind, @position, @head, CASE WHEN @position >= @head THEN @synced_at ELSE NULL END) "
        + "ON CONFLICT (client_id) DO UPDATE SET synced_at = excluded.synced_at, kind = excluded.kind, position = excluded.position, "
        + "head = excluded.head, caught_up_at = COALESCE(excluded.caught_up_at, api_sync_status.caught_up_at) "
        + "WHERE excluded.synced_at >= api_sync_status.synced_at";

    public const string SelectSyncStatuses =
        "SELECT client_id, synced_at, kind, position, head, caught_up_at FROM api_sync_status ORDER BY client_id";
}
