namespace OpenEmploi.Mirror.Database;

/// <summary>
/// Where a mirror stands, stored in its own database (table mirror_state, one row) and changed only
/// in the transaction that changes the offers: the offers are always exactly those of
/// <see cref="Cursor"/>'s position in the feed.
/// </summary>
/// <param name="Version">Incremented by every commit; a commit expecting another version fails (another mirror process moved it).</param>
/// <param name="Source">The platform's base URL the mirror was built from ("" before the first snapshot).</param>
/// <param name="Filter">The filter's query string ("" for the whole base).</param>
/// <param name="Cursor">The "after" of the next changes call; null until a snapshot has been committed.</param>
/// <param name="ETag">The last page's entity tag, sent back in If-None-Match.</param>
/// <param name="SnapshotSequence">The sequence of the snapshot the mirror started from.</param>
/// <param name="SnapshotAt">When that snapshot was committed.</param>
/// <param name="Head">The change log's last sequence when the mirror last heard from the platform.</param>
/// <param name="CaughtUpAt">When the mirror last reached the head of the log (exact at that moment).</param>
public sealed record MirrorState(
    long Version,
    string Source,
    string Filter,
    long? Cursor,
    string? ETag,
    long? SnapshotSequence,
    DateTimeOffset? SnapshotAt,
    long Head,
    DateTimeOffset? CaughtUpAt);
