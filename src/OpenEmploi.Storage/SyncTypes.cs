using OpenEmploi.Core.Offres;

namespace OpenEmploi.Storage;

/// <summary>
/// What a sync reader selects: offers in one of the départements, one of the régions and one of the
/// ROME codes given (an empty list does not restrict). Deletions are selected on the codes the
/// offer had when it was deleted.
/// </summary>
public sealed class SyncFilter
{
    public SyncFilter(IReadOnlyList<string> departements, IReadOnlyList<string> regions, IReadOnlyList<string> codesRome)
    {
        Departements = departements;
        Regions = regions;
        CodesRome = codesRome;
    }

    public static SyncFilter None { get; } = new([], [], []);

    public IReadOnlyList<string> Departements { get; }

    public IReadOnlyList<string> Regions { get; }

    public IReadOnlyList<string> CodesRome { get; }

    public bool IsEmpty => Departements.Count == 0 && Regions.Count == 0 && CodesRome.Count == 0;

    public bool Matches(string? codeRome, string? departement, string? region) =>
        In(Departements, departement) && In(Regions, region) && In(CodesRome, codeRome);

    private static bool In(IReadOnlyList<string> values, string? value)
    {
        if (values.Count == 0)
            return true;
        if (value is null)
            return false;
        foreach (var candidate in values)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}

/// <summary>A live offer of a snapshot: its id and its stored document (UTF-8).</summary>
public readonly record struct SnapshotOffre(string Id, byte[] Json);

/// <summary>
/// One event of the sync feed, as a mirror applies it. Created and Updated carry the offer's stored
/// document as it is at the reader's sequence (a mirror upserts it); Deleted carries no content,
/// only the tombstone's codes. An event whose offer has been deleted since, or (under a filter) no
/// longer matches the filter, is given as Deleted: the mirror ends where the base is.
/// </summary>
public sealed record SyncEvent(
    long Sequence,
    string OffreId,
    ChangeKind Kind,
    DateTimeOffset At,
    string? RomeCode,
    string? Commune,
    string? Departement,
    string? Region,
    byte[]? Json);

/// <summary>
/// One consistent read of the base for the sync feed: every read through it sees the store as it
/// was at <see cref="Sequence"/>, whatever is written meanwhile (one SQLite read transaction, one
/// PostgreSQL REPEATABLE READ transaction). Dispose it promptly: it holds a connection.
/// </summary>
public interface ISyncReader : IAsyncDisposable
{
    /// <summary>The change-log sequence the reads are consistent with (the log's last, 0 when empty).</summary>
    long Sequence { get; }

    /// <summary>The last sequence pruned from the change log (0 when none): a cursor below it cannot be followed.</summary>
    long PrunedThrough { get; }

    /// <summary>The live offers the filter selects, streamed; order unspecified.</summary>
    IAsyncEnumerable<SnapshotOffre> ReadOffersAsync(SyncFilter filter, CancellationToken ct = default);

    /// <summary>
    /// Every live offer with its store columns (source, appellation, département, région), parsed,
    /// from the same read: what an export that must state its sequence needs. Order unspecified.
    /// </summary>
    IAsyncEnumerable<OffreEntry> ReadEntriesAsync(CancellationToken ct = default);

    /// <summary>
    /// Up to <paramref name="limit"/> events after <paramref name="afterSequence"/> that concern the
    /// filter, in sequence order, up to <see cref="Sequence"/>. An update that moves an offer out of
    /// the filter concerns it (it comes as a deletion).
    /// </summary>
    IAsyncEnumerable<SyncEvent> ReadChangesAsync(long afterSequence, int limit, SyncFilter filter, CancellationToken ct = default);
}
