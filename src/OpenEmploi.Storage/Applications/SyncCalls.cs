namespace OpenEmploi.Storage.Applications;

public enum SyncCallKind
{
    /// <summary>A whole snapshot was sent, down to its "fin" line.</summary>
    Snapshot,

    /// <summary>A page of changes was sent (or a 304 said nothing changed).</summary>
    Changes,
}

/// <summary>
/// One successful call of the sync feed: the application's mirror reached <see cref="Position"/>
/// (the snapshot's sequence, or the page's next cursor) while the log's last sequence was <see cref="Head"/>.
/// </summary>
public sealed record SyncCall(string ClientId, DateTimeOffset At, SyncCallKind Kind, long Position, long Head);

/// <summary>An application's last successful sync, and the last time one reached the head of the log.</summary>
public sealed record SyncStatus(string ClientId, DateTimeOffset SyncedAt, SyncCallKind Kind, long Position, long Head, DateTimeOffset? CaughtUpAt);
