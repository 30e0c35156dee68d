namespace OpenEmploi.Mirror.Database;

/// <summary>
/// The mirror's schema and statements: one text for SQLite and PostgreSQL (both read @name
/// parameters and INSERT … ON CONFLICT). Times are ISO 8601 text, the same on both.
/// </summary>
internal static class MirrorSql
{
    // offre is text, not jsonb: the mirror keeps each offer byte for byte as the platform sent it.
    // sequence: the change-log sequence of the event that last wrote the row; 0 for a row from the
    // snapshot (mirror_state.snapshot_sequence says which).
    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS mirror_offres (
            id       TEXT PRIMARY KEY,
            offre    TEXT NOT NULL,
            sequence BIGINT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS mirror_state (
            id                INTEGER PRIMARY KEY CHECK (id = 1),
            version           BIGINT NOT NULL,
            source            TEXT NOT NULL,
            filter            TEXT NOT NULL,
            cursor_sequence   BIGINT,
            etag              TEXT,
            snapshot_sequence BIGINT,
            snapshot_at       TEXT,
            head              BIGINT NOT NULL,
            caught_up_at      TEXT
        );
        INSERT INTO mirror_state (id, version, source, filter, head) VALUES (1, 0, '', '', 0) ON CONFLICT (id) DO NOTHING;
        """;

    public const string SelectState =
        "SELECT version, source, filter, cursor_sequence, etag, snapshot_sequence, snapshot_at, head, caught_up_at FROM mirror_state WHERE id = 1";

    public const string CountOffres = "SELECT COUNT(*) FROM mirror_offres";

    public const string DeleteAll = "DELETE FROM mirror_offres";

    public const string Insert = "INSERT INTO mirror_offres (id, offre, sequence) VALUES (@id, @offre, @sequence)";

    public const string Upsert =
        "INSERT INTO mirror_offres (id, offre, sequence) VALUES (@id, @offre, @sequence) "
        + "ON CONFLICT (id) DO UPDATE SET offre = excluded.offre, sequence = excluded.sequence";

    public const string Delete = "DELETE FROM mirror_offres WHERE id = @id";

    public const string CommitSnapshot =
        "UPDATE mirror_state SET version = version + 1, source = @source, filter = @filter, cursor_sequence = @sequence, etag = NULL, "
        + "snapshot_sequence = @sequence, snapshot_at = @now, head = @sequence, caught_up_at = @now WHERE id = 1 AND version = @version";

    public const string CommitPage =
        "UPDATE mirror_state SET version = version + 1, cursor_sequence = @next, etag = @etag, head = @head, "
        + "caught_up_at = CASE WHEN @caught_up = 1 THEN @now ELSE caught_up_at END WHERE id = 1 AND version = @version";
}
