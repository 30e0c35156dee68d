namespace OpenEmploi.Storage.Reports;

/// <summary>The SQL of the consultation reports; both providers run the same text.</summary>
internal static class ReportSql
{
    private const string ReportColumns =
        "id, client_id, month, received_at, channel, submitted_by, file_name, offers, total_views, sha256";

    public const string InsertReport =
        "INSERT INTO consultation_reports (client_id, month, received_at, channel, submitted_by, file_name, offers, total_views, sha256) "
        + "VALUES (@client_id, @month, @received_at, @channel, @submitted_by, @file_name, @offers, @total_views, @sha256) RETURNING id";

    public const string InsertLine =
        "INSERT INTO consultation_report_lines (report_id, offre_id, views) VALUES (@report_id, @offre_id, @views)";

    public const string SelectByApplication =
        $"SELECT {ReportColumns} FROM consultation_reports WHERE client_id = @client_id ORDER BY id DESC";

    public const string SelectByMonth =
        $"SELECT {ReportColumns} FROM consultation_reports WHERE month = @month ORDER BY id";

    public const string InsertRejection =
        "INSERT INTO consultation_report_rejections (client_id, month, received_at, channel, submitted_by, file_name, error_count, errors) "
        + "VALUES (@client_id, @month, @received_at, @channel, @submitted_by, @file_name, @error_count, @errors)";

    public const string SelectRejections =
        "SELECT client_id, month, received_at, channel, submitted_by, file_name, error_count, errors "
        + "FROM consultation_report_rejections WHERE client_id = @client_id ORDER BY id DESC";

    public const string SelectLines =
        "SELECT offre_id, views FROM consultation_report_lines WHERE report_id = @report_id ORDER BY offre_id";

    // Conditional on no report for the month: a report arriving while the job runs wins. The
    // WHERE also keeps SQLite's parser from reading ON CONFLICT as part of the SELECT.
    public const string InsertReminder =
        "INSERT INTO consultation_report_reminders (client_id, month, reminder, sent_at, recipient) "
        + "SELECT @client_id, @month, @reminder, @sent_at, @recipient "
        + "WHERE NOT EXISTS (SELECT 1 FROM consultation_reports WHERE client_id = @client_id AND month = @month) "
        + "ON CONFLICT (client_id, month, reminder) DO NOTHING";

    public const string SelectReminders =
        "SELECT client_id, month, reminder, sent_at, recipient FROM consultation_report_reminders WHERE month = @month ORDER BY client_id, reminder";

    // The same conditions as the outbox's claims: one conditional update, so of two nodes asking
    // together one gets the row (PostgreSQL re-checks the condition on the row the other updated).
    public const string LeaseJob =
        "UPDATE report_job_leases SET owner = @node, lease_until = @lease_until "
        + "WHERE name = @name AND (lease_until IS NULL OR lease_until <= @now OR owner = @node)";
}
