namespace OpenEmploi.Mirror;

/// <summary>What a page of changes did to the mirror, once committed.</summary>
public sealed record AppliedPage(int Upserts, int Deletions, long Cursor, long Head, bool CaughtUp);

/// <summary>What the mirror tells as it goes (the CLI prints it); every method is called on the mirror's own flow.</summary>
public interface IMirrorProgress
{
    void Resuming(long cursor, long offers);

    void SnapshotStarting(string reason);

    /// <summary>Every 10,000 offers read (not yet committed: the snapshot commits as a whole).</summary>
    void SnapshotReading(long offers);

    void SnapshotCommitted(long sequence, long offers, TimeSpan elapsed);

    void PageApplied(AppliedPage page);

    /// <summary>304: nothing was written on the platform since the last page.</summary>
    void NothingNew(long cursor);

    /// <summary>A pause: after a failure (backoff), a 429 (Retry-After), or between polls.</summary>
    void Waiting(TimeSpan delay, string reason);
}

/// <summary>For callers that want no output.</summary>
public sealed class SilentProgress : IMirrorProgress
{
    public static SilentProgress Instance { get; } = new();

    public void Resuming(long cursor, long offers) { }

    public void SnapshotStarting(string reason) { }

    public void SnapshotReading(long offers) { }

    public void SnapshotCommitted(long sequence, long offers, TimeSpan elapsed) { }

    public void PageApplied(AppliedPage page) { }

    public void NothingNew(long cursor) { }

    public void Waiting(TimeSpan delay, string reason) { }
}
