namespace OpenEmploi.Storage.Developers;

/// <summary>The SQL of the developer platform's store; both providers run the same text.</summary>
internal static class DeveloperSql
{
    private const string AccountColumns =
        "id, email, password_hash, role, email_confirmed_at, security_stamp, failed_logins, locked_until, created_at";

    // ON CONFLICT DO NOTHING: no row written means the e-mail address is taken.
    public const string InsertAccount =
        $"INSERT INTO accounts ({AccountColumns}) VALUES "
        + "(@id, @email, @password_hash, @role, @email_confirmed_at, @security_stamp, 0, NULL, @created_at) ON CONFLICT (email) DO NOTHING";

    public const string SelectAccountById = $"SELECT {AccountColumns} FROM accounts WHERE id = @id";

    public const string SelectAccountByEmail = $"SELECT {AccountColumns} FROM accounts WHERE email = @email";

    public const string SelectAccountsByRole = $"SELECT {AccountColumns} FROM accounts WHERE role = @role ORDER BY created_at, id";

    public const string ConfirmEmail =
        "UPDATE accounts SET email_confirmed_at = COALESCE(email_confirmed_at, @at) WHERE id = @id AND email = @email";

    // The SET expressions read the row as it was: at the limit, lock and start counting again.
    public const string RecordFailedLogin =
        "UPDATE accounts SET "
        + "failed_logins = CASE WHEN failed_logins + 1 >= @max THEN 0 ELSE failed_logins + 1 END, "
        + "locked_until = CASE WHEN failed_logins + 1 >= @max THEN @lock_until ELSE locked_until END "
        + "WHERE id = @id RETURNING failed_logins, locked_until";

    public const string RecordSuccessfulLogin = "UPDATE accounts SET failed_logins = 0, locked_until = NULL WHERE id = @id";

    public const string SetPassword =
        "UPDATE accounts SET password_hash = @password_hash, security_stamp = @new_stamp, failed_logins = 0, locked_until = NULL "
        + "WHERE id = @id AND security_stamp = @expected_stamp";

    private const string RequestColumns =
        "r.id, r.account_id, r.name, r.scopes, r.intended_use, r.licence_version, r.status, r.submitted_at, r.deadline_at, "
        + "r.decided_at, r.decided_by, r.refusal_reason, r.client_id, r.credentials_issued_at";

    public const string InsertRequest =
        "INSERT INTO access_requests (id, account_id, name, scopes, intended_use, licence_version, status, submitted_at, deadline_at) "
        + "VALUES (@id, @account_id, @name, @scopes, @intended_use, @licence_version, 'pending', @submitted_at, @deadline_at)";

    public const string SelectRequestById = $"SELECT {RequestColumns} FROM access_requests r WHERE r.id = @id";

    public const string SelectRequestByClientId = $"SELECT {RequestColumns} FROM access_requests r WHERE r.client_id = @client_id";

    public const string SelectRequestsByAccount =
        $"SELECT {RequestColumns} FROM access_requests r WHERE r.account_id = @account_id ORDER BY r.submitted_at DESC, r.id";

    public const string SelectPendingRequests =
        $"SELECT {RequestColumns}, a.email FROM access_requests r JOIN accounts a ON a.id = r.account_id "
        + "WHERE r.status = 'pending' ORDER BY r.deadline_at, r.id";

    public const string ApproveRequest =
        "UPDATE access_requests SET status = 'approved', decided_at = @at, decided_by = @operator, client_id = @client_id "
        + "WHERE id = @id AND status = 'pending'";

    /// <summary>The first display of an approved application's secret; only once.</summary>
    public const string MarkCredentialsIssued =
        "UPDATE access_requests SET credentials_issued_at = @at WHERE id = @id AND status = 'approved' AND credentials_issued_at IS NULL";

    public const string RefuseRequest =
        "UPDATE access_requests SET status = 'refused', decided_at = @at, decided_by = @operator, refusal_reason = @reason "
        + "WHERE id = @id AND status = 'pending'";

    private const string OutboxColumns =
        "id, kind, recipient, subject, body, created_at, attempts, next_attempt_at, sent_at, failed_at, last_error";

    public const string InsertNotification =
        "INSERT INTO notification_outbox (kind, recipient, subject, body, created_at, next_attempt_at) "
        + "VALUES (@kind, @recipient, @subject, @body, @at, @at)";

    // The outer conditions repeat the inner ones: on PostgreSQL, a node that waited for another's
    // claim re-reads the row and skips it once the other's lease is on it.
    public const string ClaimNotifications =
        "UPDATE notification_outbox SET lease_owner = @node, lease_until = @lease_until, attempts = attempts + 1 "
        + "WHERE id IN (SELECT id FROM notification_outbox WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= @now "
        + "AND (lease_until IS NULL OR lease_until <= @now) ORDER BY id LIMIT @max) "
        + "AND sent_at IS NULL AND failed_at IS NULL AND (lease_until IS NULL OR lease_until <= @now) "
        + $"RETURNING {OutboxColumns}";

    public const string MarkSent =
        "UPDATE notification_outbox SET sent_at = @at, lease_owner = NULL, lease_until = NULL, last_error = NULL "
        + "WHERE id = @id AND lease_owner = @node AND sent_at IS NULL";

    public const string MarkAttemptFailed =
        "UPDATE notification_outbox SET lease_owner = NULL, lease_until = NULL, last_error = @error, next_attempt_at = @retry_at, "
        + "failed_at = @failed_at WHERE id = @id AND lease_owner = @node AND sent_at IS NULL";

    public const string SelectNotificationsByRecipient =
        $"SELECT {OutboxColumns} FROM notification_outbox WHERE recipient = @recipient ORDER BY id";
}
