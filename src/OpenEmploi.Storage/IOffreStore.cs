using OpenEmploi.Core.Offres;

namespace OpenEmploi.Storage;

/// <summary>
/// The offer store: live offers as their wire JSON plus query columns, tombstones of deleted
/// offers, and the append-only change log that every derived view (search index, sync feed,
/// exports) follows. Every write and its change-log rows commit in one transaction.
/// "Live" means status 'published'. Every write stores the offer as published: its contact details
/// (contact, agence, e-mails, links and phone numbers in its texts) are not written (the entry's
/// offer is not changed).
/// </summary>
public interface IOffreStore : IAsyncDisposable
{
    StoreKind Kind { get; }

    /// <summary>Applies the pending numbered migrations, in order; returns how many were applied.</summary>
    Task<int> MigrateAsync(CancellationToken ct = default);

    /// <summary>The highest applied migration, 0 on an empty database.</summary>
    Task<int> GetSchemaVersionAsync(CancellationToken ct = default);

    Task<IReadOnlyList<int>> GetPendingMigrationsAsync(CancellationToken ct = default);

    Task UpsertSourcesAsync(IEnumerable<Source> sources, CancellationToken ct = default);

    Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken ct = default);

    /// <summary>
    /// Inserts new offers in batches of <see cref="OffreStoreOptions.BulkBatchSize"/>, one
    /// transaction each, logging 'created' for each, and reports the running total after each
    /// committed batch. An offer whose id (or source reference) is already stored, or repeated in
    /// the input, fails its whole batch: nothing of that batch is written, earlier batches stay,
    /// and <see cref="DuplicateOffreException"/> names the id and how many offers were committed.
    /// A tombstoned id may be inserted again: it becomes live and its tombstone goes.
    /// </summary>
    Task<long> BulkInsertAsync(IEnumerable<OffreEntry> offers, IProgress<long>? progress = null, CancellationToken ct = default);

    /// <summary>Inserts or replaces one offer; returns Created or Updated, which is logged.</summary>
    Task<ChangeKind> UpsertAsync(OffreEntry offer, CancellationToken ct = default);

    /// <summary>
    /// Purges the offer's content, keeps a tombstone and logs 'deleted'. False (and no change) when
    /// no such offer is stored, including when it was already deleted.
    /// </summary>
    Task<bool> DeleteAsync(string id, CancellationToken ct = default);

    Task<Offre?> GetAsync(string id, CancellationToken ct = default);

    /// <summary>The live offer with its store columns (source, appellation, place): what the stream gives.</summary>
    Task<OffreEntry?> GetEntryAsync(string id, CancellationToken ct = default);

    /// <summary>The stored document, exactly as <see cref="OffreJson"/> wrote it.</summary>
    Task<string?> GetJsonAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// The stored documents of the live offers among <paramref name="ids"/>, by id, as UTF-8 bytes
    /// (what a response is written in: no round trip through UTF-16), read with one query (the
    /// offers API reads a page of up to 150 this way). Unknown and deleted ids are absent;
    /// repeated ids appear once.
    /// </summary>
    Task<IReadOnlyDictionary<string, byte[]>> GetJsonUtf8ManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default);

    Task<Tombstone?> GetTombstoneAsync(string id, CancellationToken ct = default);

    /// <summary>
    /// Up to <paramref name="limit"/> changes with a sequence greater than
    /// <paramref name="afterSequence"/>, in sequence order. Sequences strictly increase in commit
    /// order but may have gaps (a rolled-back write consumes numbers): follow them, never count them.
    /// </summary>
    IAsyncEnumerable<ChangeLogEntry> ReadChangesAsync(long afterSequence, int limit, CancellationToken ct = default);

    /// <summary>The sequence of the last change, 0 when there is none.</summary>
    Task<long> GetLastSequenceAsync(CancellationToken ct = default);

    /// <summary>
    /// When the first change after <paramref name="afterSequence"/> was written: the oldest change a
    /// mirror at that sequence lacks (sync compliance). Null when there is none (it is up to date).
    /// </summary>
    Task<DateTimeOffset?> GetFirstChangeTimeAfterAsync(long afterSequence, CancellationToken ct = default);

    /// <summary>All live offers from one consistent snapshot, read as a stream; order unspecified.</summary>
    IAsyncEnumerable<OffreEntry> StreamOffersAsync(CancellationToken ct = default);

    /// <summary>Opens one consistent read of offers and change log for the sync feed (see <see cref="ISyncReader"/>).</summary>
    Task<ISyncReader> OpenSyncReaderAsync(CancellationToken ct = default);

    /// <summary>
    /// Removes the change-log entries written before <paramref name="before"/>, always keeping the
    /// last entry (the log's sequence never goes back), and records the last removed sequence
    /// (<see cref="ISyncReader.PrunedThrough"/>). Returns that sequence (the previous one when
    /// nothing was old enough).
    /// </summary>
    Task<long> PruneChangesAsync(DateTimeOffset before, CancellationToken ct = default);

    /// <summary>Number of live offers.</summary>
    Task<long> CountOffersAsync(CancellationToken ct = default);

    Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct = default);

    /// <summary>A value stored with the data under <paramref name="key"/>, or null.</summary>
    Task<string?> GetMetadataAsync(string key, CancellationToken ct = default);

    /// <summary>Stores or replaces a value under <paramref name="key"/>; not part of the change log.</summary>
    Task SetMetadataAsync(string key, string value, CancellationToken ct = default);
}
