using OpenEmploi.Core.Offres;

namespace OpenEmploi.Storage.Ingestion;

/// <summary>The values of ingested_offers.status.</summary>
public static class IngestionStatus
{
    public const string Published = "published";
    public const string Warned = "warned";
    public const string Blocked = "blocked";
    public const string Held = "held";
    public const string Duplicate = "duplicate";
    public const string Removed = "removed";
    public const string Rejected = "rejected";

    /// <summary>Statuses of a record that is part of a published offer.</summary>
    public static bool IsLive(string status) => status is Published or Warned or Duplicate;
}

/// <summary>
/// One source's record as ingestion keeps it (latest version): what was decided and why, and the
/// normalised document (wire JSON, id = the published offer's when published) with the columns
/// de-duplication needs to rebuild its index. <see cref="Document"/> null on upsert keeps the
/// stored one (a record rejected before normalisation has none of its own).
/// </summary>
public sealed record IngestedRow(
    string SourceCode,
    string SourceId,
    string? PublishedId,
    string Status,
    IReadOnlyList<string> Codes,
    IReadOnlyList<string> Reasons,
    int? FraudScore,
    int? Completeness,
    string? ContentHash,
    string Poster,
    string? Siret,
    string? AppellationCode,
    string? Departement,
    string? Region,
    DateTimeOffset? ValidThrough,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    DateTimeOffset? RemovedAt,
    long? LastRunId,
    string? Document);

/// <summary>A source's record as an import starts: enough to recognise it unchanged, updated or gone.</summary>
public sealed record KnownRow(string SourceId, string? ContentHash, string Status, string? PublishedId, long? LastRunId);

/// <summary>A live offer no ingested row points at, its wire document still the stored JSON.</summary>
public sealed record UningestedOffer(
    string Id, string Json, string Source, string? SourceId, string? AppellationCode, string? Departement, string? Region);

/// <summary>
/// An ingested row as a session loads it into de-duplication (<see cref="IIngestionStore.StreamMemberRowsAsync"/>):
/// its columns, its stored print of the asked version (migration 12) or, without one, its document.
/// <see cref="Written"/>: the row's version marker as read, handed back with a print to save.
/// </summary>
public sealed record MemberRow(
    string SourceCode, string SourceId, string PublishedId, string Status, string Poster, string? Siret, string? AppellationCode,
    string? Departement, string? Region, DateTimeOffset? RemovedAt, object Written, byte[]? Print, string? Document);

/// <summary>A live offer no ingested row points at, as a session loads it: its stored print or, without one, its JSON.</summary>
public sealed record UningestedMember(
    string Id, string Source, string? SourceId, string? AppellationCode, string? Departement, string? Region, object Written,
    byte[]? Print, string? Json);

/// <summary>
/// A print to store (<see cref="IIngestionStore.SavePrintsAsync"/>): an ingested row's (by its key)
/// or, with <see cref="OfferId"/>, an uningested offer's; <see cref="Written"/> as read with it.
/// </summary>
public sealed record PrintToSave(string SourceCode, string SourceId, string? OfferId, object Written, byte[] Print);

/// <summary>A partner or the platform, with its feed settings (migration 3).</summary>
public sealed record SourceSettings(
    Source Source,
    string Kind,
    bool MultiDiffusion,
    string? FeedLocation,
    string? FeedFormat,
    int? ScheduleMinutes,
    DateTimeOffset? UpdatedAt)
{
    public const string Platform = "platform";
    public const string Partner = "partner";

    public string Code => Source.Code;
}

/// <summary>What an import counted; written with every committed batch.</summary>
public sealed class ImportCounters
{
    public long Read { get; set; }
    public long Created { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Deleted { get; set; }
    public long Rejected { get; set; }
    public long Blocked { get; set; }
    public long Held { get; set; }
    public long Duplicates { get; set; }
    public long Errors { get; set; }

    public ImportCounters Copy() => (ImportCounters)MemberwiseClone();
}

/// <summary>One import as import_runs keeps it.</summary>
public sealed record ImportRunInfo(
    long Id,
    string SourceCode,
    string? Location,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    bool FullFeed,
    ImportCounters Counters,
    string? Error)
{
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Interrupted = "interrupted";
}

/// <summary>
/// What one batch writes, all or nothing (<see cref="IIngestionStore.ApplyBatchAsync"/>): the
/// records' rows, the records seen again unchanged, the published offers to upsert or delete
/// (one final state per id, upserts applied first), and the run's counters so far.
/// </summary>
public sealed class IngestionBatch
{
    public long? RunId { get; init; }

    public List<IngestedRow> Rows { get; } = [];

    /// <summary>(source, source id) of records seen again unchanged: last_seen_at and last_run_id move.</summary>
    public List<(string Source, string SourceId)> Seen { get; } = [];

    /// <summary>
    /// Published offers absorbed into another (de-duplication merged their clusters): every row
    /// pointing at From points at To, in order, after the rows are written.
    /// </summary>
    public List<(string From, string To)> Renames { get; } = [];

    /// <summary>(source, source id) of records their source no longer has (full feed, expiry): status removed.</summary>
    public List<(string Source, string SourceId)> Removals { get; } = [];

    public List<OffreEntry> Upserts { get; } = [];

    // The upserts' store rows (columns, and the stored JSON: contact details scrubbed, serialised),
    // when PrepareUpserts built them ahead of the write; else the write builds them.
    internal Sql.OffreRow[]? UpsertRows { get; private set; }

    /// <summary>
    /// Builds the upserts' store rows on every core, ahead of <see cref="IIngestionStore.ApplyBatchAsync"/>
    /// (whose thread then only runs the statements): once <see cref="Upserts"/> is complete, which
    /// must not change afterwards. A row that cannot be built (an invalid id) is left to the write,
    /// which reports it as it would have.
    /// </summary>
    public void PrepareUpserts()
    {
        var entries = Upserts;
        var rows = new Sql.OffreRow[entries.Count];
        try
        {
            Parallel.For(0, rows.Length, i => rows[i] = new Sql.OffreRow(entries[i]));
            UpsertRows = rows;
        }
        catch (AggregateException)
        {
            UpsertRows = null;
        }
    }

    public List<string> Deletions { get; } = [];

    // The rows' documents as UTF-8 JSON and their de-duplication prints, by row position, when the
    // builder serialised them so (SetDocuments); null at a position: the row's Document, no print.
    private byte[]?[]? _documents;
    private byte[]?[]? _prints;

    /// <summary>
    /// The rows' documents as UTF-8 JSON, by position in <see cref="Rows"/> (a row given one here
    /// has a null <see cref="IngestedRow.Document"/>): stored as they are, without a UTF-16 string.
    /// With each, optionally, the member's de-duplication print of <paramref name="printVersion"/>
    /// (member_prints, migration 12), written with the row so that the next session need not
    /// compute it. Set once <see cref="Rows"/> is complete.
    /// </summary>
    public void SetDocuments(byte[]?[] documents, byte[]?[]? prints, int printVersion)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Length != Rows.Count || (prints is not null && prints.Length != Rows.Count))
            throw new ArgumentException($"{documents.Length} documents pour {Rows.Count} lignes.", nameof(documents));
        _documents = documents;
        _prints = prints;
        PrintVersion = printVersion;
    }

    /// <summary>Row <paramref name="row"/>'s document as UTF-8 JSON when <see cref="SetDocuments"/> gave it one.</summary>
    public byte[]? DocumentOf(int row) => _documents?[row];

    /// <summary>Row <paramref name="row"/>'s print to store with it, of <see cref="PrintVersion"/>, or null.</summary>
    public byte[]? PrintOf(int row) => _prints?[row];

    public int PrintVersion { get; private set; }

    public ImportCounters? Counters { get; set; }

    public bool IsEmpty => Rows.Count == 0 && Seen.Count == 0 && Renames.Count == 0 && Removals.Count == 0 && Upserts.Count == 0 && Deletions.Count == 0 && Counters is null;
}

/// <summary>What a batch changed in the offers: the change-log entries it wrote.</summary>
public sealed record BatchOutcome(int Created, int Updated, int Deleted)
{
    public static readonly BatchOutcome None = new(0, 0, 0);

    /// <summary>What this batch and <paramref name="next"/> changed together (several batches in one commit).</summary>
    public BatchOutcome Plus(BatchOutcome next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new(Created + next.Created, Updated + next.Updated, Deleted + next.Deleted);
    }
}
