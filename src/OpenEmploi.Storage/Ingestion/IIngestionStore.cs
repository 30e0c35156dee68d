using OpenEmploi.Core.Offres;

namespace OpenEmploi.Storage.Ingestion;

/// <summary>
/// Ingestion's tables (sources' settings, ingested_offers, import_runs) over the offer store's
/// dialects, and its one write that also touches the offers: <see cref="ApplyBatchAsync"/>.
/// </summary>
public interface IIngestionStore : IAsyncDisposable
{
    /// <summary>The store these tables are in (the pipeline's defaults differ by store).</summary>
    StoreKind Kind { get; }

    /// <summary>
    /// In one transaction: the rows, the unchanged records' last sighting, the offer upserts then
    /// deletions through the change log (one entry each, under the change-log lock), and the run's
    /// counters. A killed import therefore leaves whole batches only, and a rerun sees them.
    /// </summary>
    Task<BatchOutcome> ApplyBatchAsync(IngestionBatch batch, CancellationToken ct = default);

    /// <summary>
    /// Several batches of one import, in order, each as <see cref="ApplyBatchAsync"/> writes it:
    /// on SQLite in one transaction (an index page several batches change is written once);
    /// elsewhere one transaction per batch. Either way a killed import leaves whole batches, a prefix.
    /// </summary>
    Task<BatchOutcome> ApplyBatchesAsync(IReadOnlyList<IngestionBatch> batches, CancellationToken ct = default);

    /// <summary>Every ingested row (one source's when given), streamed from one snapshot.</summary>
    IAsyncEnumerable<IngestedRow> StreamRowsAsync(string? sourceCode = null, CancellationToken ct = default);

    /// <summary>
    /// What an import must know of each of a source's stored records before reading its feed
    /// (<see cref="KnownRow"/>): <see cref="StreamRowsAsync"/> without the documents and reasons.
    /// </summary>
    IAsyncEnumerable<KnownRow> StreamKnownRowsAsync(string sourceCode, CancellationToken ct = default);

    Task<IngestedRow?> GetRowAsync(string sourceCode, string sourceId, CancellationToken ct = default);

    /// <summary>Live offers no ingested row points at (generated or posted ones), streamed.</summary>
    IAsyncEnumerable<OffreEntry> StreamUningestedOffersAsync(CancellationToken ct = default);

    /// <summary>
    /// <see cref="StreamUningestedOffersAsync"/> with each document left as its stored JSON, for a
    /// reader that parses them itself (in parallel) or keeps them serialised.
    /// </summary>
    IAsyncEnumerable<UningestedOffer> StreamUningestedDocumentsAsync(CancellationToken ct = default);

    /// <summary>
    /// The stored document of one ingested record, or null. Synchronous: the de-duplication index
    /// reads, on its own thread and in the middle of a decision, the few documents it does not
    /// keep in memory (those of the members whose published offer changes).
    /// </summary>
    string? ReadDocument(string sourceCode, string sourceId);

    /// <summary>The stored JSON of one published offer, or null; synchronous as <see cref="ReadDocument"/>.</summary>
    string? ReadOffreJson(string id);

    /// <summary>
    /// <see cref="ReadDocument"/> of several records in one query (PostgreSQL; one statement
    /// prepared once on SQLite): the records without a row or a document are left out. The
    /// pipeline reads a batch's documents so, when it takes the batch.
    /// </summary>
    IReadOnlyDictionary<(string SourceCode, string SourceId), string> ReadDocuments(IReadOnlyCollection<(string SourceCode, string SourceId)> keys);

    /// <summary><see cref="ReadOffreJson"/> of several offers in one query; the ids not stored are left out.</summary>
    IReadOnlyDictionary<string, string> ReadOffreJsons(IReadOnlyCollection<string> ids);

    /// <summary>
    /// The ingested rows that belong or belonged (removed) to a published offer, from one snapshot,
    /// each with its stored de-duplication print of <paramref name="printVersion"/>, or its document
    /// when it has none (migration 12).
    /// </summary>
    IAsyncEnumerable<MemberRow> StreamMemberRowsAsync(int printVersion, CancellationToken ct = default);

    /// <summary><see cref="StreamUningestedDocumentsAsync"/> with each offer's stored print of <paramref name="printVersion"/>, its JSON only without one.</summary>
    IAsyncEnumerable<UningestedMember> StreamUningestedMembersAsync(int printVersion, CancellationToken ct = default);

    /// <summary>
    /// Stores prints (replacing any of another version), each only if its row or offer is still
    /// the version it was computed from; returns how many were offered. Prints are derived data:
    /// the store drops one whenever its document changes.
    /// </summary>
    Task<int> SavePrintsAsync(IReadOnlyList<PrintToSave> prints, int printVersion, CancellationToken ct = default);

    /// <summary>Every id stored, live or tombstoned: ids a new offer must not take.</summary>
    IAsyncEnumerable<string> StreamUsedIdsAsync(CancellationToken ct = default);

    /// <summary>Rows in a status, oldest first (the moderation queue is <see cref="IngestionStatus.Held"/>).</summary>
    Task<IReadOnlyList<IngestedRow>> ListByStatusAsync(string status, int limit, CancellationToken ct = default);

    /// <summary>Live rows whose end date passed or that no full feed confirmed since <paramref name="notSeenSince"/>.</summary>
    Task<IReadOnlyList<IngestedRow>> ListExpiredAsync(DateTimeOffset now, DateTimeOffset notSeenSince, CancellationToken ct = default);

    /// <summary>
    /// Starts a run; runs left 'running' are marked 'interrupted' first (the caller holds the
    /// import lock, so no live process owns them).
    /// </summary>
    Task<long> StartRunAsync(string sourceCode, string? location, bool fullFeed, CancellationToken ct = default);

    Task FinishRunAsync(long runId, string status, ImportCounters counters, string? error, CancellationToken ct = default);

    Task<IReadOnlyList<ImportRunInfo>> ListRunsAsync(string? sourceCode, int limit, CancellationToken ct = default);

    /// <summary>
    /// Takes the base's import lock (one importer at a time: the de-duplication index is single
    /// writer) until disposed; null when another process holds it.
    /// </summary>
    Task<IAsyncDisposable?> TryLockImportsAsync(CancellationToken ct = default);

    Task UpsertSourceAsync(SourceSettings source, CancellationToken ct = default);

    Task<SourceSettings?> GetSourceAsync(string code, CancellationToken ct = default);

    Task<IReadOnlyList<SourceSettings>> ListSourcesAsync(CancellationToken ct = default);
}
