namespace OpenEmploi.Storage;

/// <summary>What happened to an offer. The numbers are stored in change_log.kind: never renumber.</summary>
public enum ChangeKind
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}

/// <summary>
/// One entry of the change log. <see cref="At"/> is when the change was written (store time,
/// microsecond precision; one value per bulk batch).
/// </summary>
public sealed record ChangeLogEntry(long Sequence, string OffreId, ChangeKind Kind, DateTimeOffset At);

/// <summary>What stays of a deleted offer: its id, codes and dates, never its content.</summary>
public sealed record Tombstone(
    string Id,
    string? RomeCode,
    string? Commune,
    string? Departement,
    DateTime DateCreation,
    DateTime DateActualisation,
    DateTimeOffset DeletedAt);

/// <summary>
/// Counts over every stored offer row (whatever its status). Rows without a département are
/// counted under <see cref="Unknown"/>.
/// </summary>
public sealed record StoreStatistics(
    long Total,
    long Tombstones,
    long LastSequence,
    IReadOnlyDictionary<string, long> ByStatus,
    IReadOnlyDictionary<string, long> BySource,
    IReadOnlyDictionary<string, long> ByDepartement)
{
    public const string Unknown = "";
}

public sealed record OffreStoreOptions
{
    public static OffreStoreOptions Default { get; } = new();

    /// <summary>Offers per transaction in <see cref="IOffreStore.BulkInsertAsync"/>.</summary>
    public int BulkBatchSize { get; init; } = 20_000;
}
