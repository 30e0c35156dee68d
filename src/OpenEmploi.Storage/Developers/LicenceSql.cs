namespace OpenEmploi.Storage.Developers;

/// <summary>The SQL of the licence processes (schema 8); both providers run the same text.</summary>
internal static class LicenceSql
{
    private const string VersionColumns = "version, text, published_at, tacit_at, in_force_at, published_by";

    public const string SelectCurrentVersion = $"SELECT {VersionColumns} FROM licence_versions ORDER BY version DESC LIMIT 1";

    public const string SelectVersion = $"SELECT {VersionColumns} FROM licence_versions WHERE version = @version";

    public const string SelectVersions = $"SELECT {VersionColumns} FROM licence_versions ORDER BY version DESC";

    // The number is taken by whoever inserts first: a concurrent publication writes nothing.
    public const string InsertVersion =
        $"INSERT INTO licence_versions ({VersionColumns}) VALUES (@version, @text, @published_at, @tacit_at, @in_force_at, @published_by) "
        + "ON CONFLICT (version) DO NOTHING";

    public const string SelectApprovedRequestsWithEmail =
        "SELECT r.id, r.account_id, r.name, r.scopes, r.intended_use, r.licence_version, r.status, r.submitted_at, r.deadline_at, "
        + "r.decided_at, r.decided_by, r.refusal_reason, r.client_id, r.credentials_issued_at, a.email "
        + "FROM access_requests r JOIN accounts a ON a.id = r.account_id WHERE r.status = 'approved' AND r.client_id IS NOT NULL "
        + "ORDER BY r.decided_at, r.id";

    private const string DecisionColumns = "client_id, version, decision, decided_at, in_force_at, decided_by";

    public const string SelectDecisions = $"SELECT {DecisionColumns} FROM licence_decisions ORDER BY client_id, version";

    public const string SelectDecisionsOfClient = $"SELECT {DecisionColumns} FROM licence_decisions WHERE client_id = @client_id ORDER BY version";

    // Written once: the caller checks in the same transaction that the licence still runs (IsLive).
    public const string InsertDecision =
        $"INSERT INTO licence_decisions ({DecisionColumns}) VALUES (@client_id, @version, @decision, @decided_at, @in_force_at, @decided_by) "
        + "ON CONFLICT (client_id, version) DO NOTHING";

    /// <summary>Ends the licence once: the credentials are revoked with it (a revocation's first time stays).</summary>
    public const string Terminate =
        "UPDATE api_applications SET terminated_at = @at, termination_cause = @cause, revoked_at = COALESCE(revoked_at, @at), "
        + "previous_secret_hash = NULL, previous_secret_valid_until = NULL, updated_at = @at "
        + "WHERE client_id = @client_id AND terminated_at IS NULL";

    public const string Suspend =
        "UPDATE api_applications SET status = 'suspended', suspended_at = @at, suspension_reason = @reason, updated_at = @at "
        + "WHERE client_id = @client_id AND status = 'active' AND terminated_at IS NULL AND revoked_at IS NULL";

    public const string Reinstate =
        "UPDATE api_applications SET status = 'active', suspended_at = NULL, suspension_reason = NULL, updated_at = @at "
        + "WHERE client_id = @client_id AND status = 'suspended' AND terminated_at IS NULL AND revoked_at IS NULL";

    public const string IsLive =
        "SELECT COUNT(*) FROM api_applications WHERE client_id = @client_id AND terminated_at IS NULL AND revoked_at IS NULL";

    private const string NoticeColumns = "id, client_id, reason, sent_at, sent_by, deadline_at, lifted_at, lifted_by, expired_at";

    public const string InsertNotice =
        $"INSERT INTO licence_notices ({NoticeColumns}) VALUES (@id, @client_id, @reason, @sent_at, @sent_by, @deadline_at, NULL, NULL, NULL)";

    public const string SelectNotice = $"SELECT {NoticeColumns} FROM licence_notices WHERE id = @id";

    public const string SelectNotices = $"SELECT {NoticeColumns} FROM licence_notices ORDER BY sent_at, id";

    public const string SelectNoticesOfClient = $"SELECT {NoticeColumns} FROM licence_notices WHERE client_id = @client_id ORDER BY sent_at, id";

    public const string LiftNotice =
        "UPDATE licence_notices SET lifted_at = @at, lifted_by = @actor WHERE id = @id AND lifted_at IS NULL AND expired_at IS NULL";

    public const string ExpireNotice =
        "UPDATE licence_notices SET expired_at = @at WHERE id = @id AND lifted_at IS NULL AND expired_at IS NULL AND deadline_at <= @at "
        + "RETURNING client_id, reason";

    public const string SelectLastCall = "SELECT MAX(at) FROM api_access_log WHERE client_id = @client_id";

    public const string WarnIdle =
        "UPDATE api_applications SET idle_warned_at = @at "
        + "WHERE client_id = @client_id AND terminated_at IS NULL AND revoked_at IS NULL AND (idle_warned_at IS NULL OR idle_warned_at < @idle_since)";

    // A call made after the job read the last one (another node's log flush) keeps the application.
    public const string TerminateIdle =
        "UPDATE api_applications SET terminated_at = @at, termination_cause = 'inactivite', revoked_at = COALESCE(revoked_at, @at), "
        + "previous_secret_hash = NULL, previous_secret_valid_until = NULL, updated_at = @at "
        + "WHERE client_id = @client_id AND terminated_at IS NULL AND idle_warned_at >= @idle_since "
        + "AND NOT EXISTS (SELECT 1 FROM api_access_log WHERE client_id = @client_id AND at > @idle_since)";

    public const string InsertEvent =
        "INSERT INTO licence_events (client_id, at, kind, detail, actor) VALUES (@client_id, @at, @kind, @detail, @actor)";

    public const string SelectEvents = "SELECT id, client_id, at, kind, detail, actor FROM licence_events WHERE client_id = @client_id ORDER BY id";

    public const string EnsureJob = "INSERT INTO scheduled_jobs (name) VALUES (@name) ON CONFLICT (name) DO NOTHING";

    // The outer conditions are the whole claim: on PostgreSQL a node that waited for another's
    // update re-reads the row and finds the lease taken (or the day done).
    public const string StartJob =
        "UPDATE scheduled_jobs SET lease_owner = @node, lease_until = @lease_until "
        + "WHERE name = @name AND (last_day IS NULL OR last_day < @day) AND (lease_until IS NULL OR lease_until <= @now)";

    public const string FinishJob =
        "UPDATE scheduled_jobs SET last_day = @day, last_run_at = @now, lease_owner = NULL, lease_until = NULL "
        + "WHERE name = @name AND lease_owner = @node";

    public const string AbandonJob =
        "UPDATE scheduled_jobs SET lease_owner = NULL, lease_until = NULL WHERE name = @name AND lease_owner = @node";

    public const string SelectJob = "SELECT last_day, last_run_at FROM scheduled_jobs WHERE name = @name";
}
