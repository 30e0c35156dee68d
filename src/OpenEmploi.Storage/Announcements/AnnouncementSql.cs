namespace OpenEmploi.Storage.Announcements;

/// <summary>The SQL of the API-change announcements (schema 10); both providers run the same text.</summary>
internal static class AnnouncementSql
{
    private const string Columns = "a.id, a.title, a.body, a.apis, a.scopes, a.published_at, a.effective_at, a.published_by";

    public const string Insert =
        "INSERT INTO api_announcements (id, title, body, apis, scopes, published_at, effective_at, published_by) "
        + "VALUES (@id, @title, @body, @apis, @scopes, @published_at, @effective_at, @published_by)";

    public const string InsertRecipient =
        "INSERT INTO api_announcement_recipients (announcement_id, client_id, recipient, notified_at) VALUES (@id, @client_id, @recipient, @at)";

    public const string SelectAll =
        $"SELECT {Columns}, (SELECT COUNT(*) FROM api_announcement_recipients r WHERE r.announcement_id = a.id) "
        + "FROM api_announcements a ORDER BY a.published_at DESC, a.id DESC";

    public const string SelectReceived =
        $"SELECT {Columns}, r.recipient, r.notified_at FROM api_announcement_recipients r "
        + "JOIN api_announcements a ON a.id = r.announcement_id WHERE r.client_id = @client_id ORDER BY a.published_at DESC, a.id DESC";
}
