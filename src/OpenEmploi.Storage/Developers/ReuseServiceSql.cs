namespace OpenEmploi.Storage.Developers;

/// <summary>The services catalogue's statements, the same on both dialects.</summary>
internal static class ReuseServiceSql
{
    private const string Columns =
        "s.id, s.account_id, s.name, s.description, s.url, s.audiences, s.themes, s.free_for_job_seekers, s.status, "
        + "s.submitted_at, s.decided_at, s.decided_by, s.rejection_reason";

    public const string Insert =
        "INSERT INTO reuse_services (id, account_id, name, description, url, audiences, themes, free_for_job_seekers, status, submitted_at) "
        + "VALUES (@id, @account_id, @name, @description, @url, @audiences, @themes, @free, 'pending', @submitted_at)";

    public const string SelectById = $"SELECT {Columns} FROM reuse_services s WHERE s.id = @id";

    public const string SelectByAccount = $"SELECT {Columns} FROM reuse_services s WHERE s.account_id = @account_id ORDER BY s.submitted_at DESC, s.id";

    public const string SelectPending =
        $"SELECT {Columns}, a.email FROM reuse_services s JOIN accounts a ON a.id = s.account_id "
        + "WHERE s.status = 'pending' ORDER BY s.submitted_at, s.id";

    public const string SelectApproved = $"SELECT {Columns} FROM reuse_services s WHERE s.status = 'approved' ORDER BY s.name, s.id";

    public const string Approve =
        "UPDATE reuse_services SET status = 'approved', decided_at = @at, decided_by = @operator WHERE id = @id AND status = 'pending'";

    public const string Reject =
        "UPDATE reuse_services SET status = 'rejected', decided_at = @at, decided_by = @operator, rejection_reason = @reason "
        + "WHERE id = @id AND status = 'pending'";
}
