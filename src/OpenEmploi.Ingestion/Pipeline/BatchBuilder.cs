using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Gathers one batch: rows in record order, and for the published offers one final state per id
/// (an upsert or a deletion), so that an offer touched by several records of a batch gets one
/// change-log entry, not one per record. An upserted offer's document is composed when the batch
/// is taken, from its cluster as the batch leaves it (what its last change in the batch
/// composed), with the documents the index does not hold read together (<see cref="Reads"/>).
/// </summary>
internal sealed class BatchBuilder(IngestionEngine engine, long? runId, RowPrinter? printer = null)
{
    // true: upsert (composed when taken), false: delete; in the order the ids were first touched.
    private readonly Dictionary<string, bool> _offers = new(StringComparer.Ordinal);
    // Rows whose document is serialised when the batch is taken, on every core: (row index,
    // document, or the store read that gives it, the text analysis prepared for it if any, from
    // which its print is derived).
    private readonly List<(int Row, Offre? Document, MemberDocumentRead? Read, TextAnalysis? Analysis)> _documents = [];
    private IngestionBatch _batch = new() { RunId = runId };

    public int Records { get; set; }

    public IngestionBatch Current => _batch;

    /// <summary>The documents the batch needs from the store, read when it is taken.</summary>
    public MemberDocumentReads Reads { get; } = new();

    /// <summary>The offer is published at the end of the batch (composed then).</summary>
    public void Upsert(string id) => _offers[id] = true;

    public void Delete(string id) => _offers[id] = false;

    /// <summary>
    /// A row whose <see cref="IngestedRow.Document"/> is <paramref name="document"/>, serialised
    /// when the batch is taken, in parallel: the document must not change before then (each is a
    /// record's own, which nothing changes once its decision is made).
    /// </summary>
    public void AddRow(IngestedRow row, Offre? document, TextAnalysis? analysis = null)
    {
        if (document is not null)
            _documents.Add((_batch.Rows.Count, document, null, analysis));
        _batch.Rows.Add(row);
    }

    /// <summary>A row whose document is read from the store with the batch's other reads.</summary>
    public void AddRow(IngestedRow row, MemberDocumentRead read)
    {
        _documents.Add((_batch.Rows.Count, null, read, null));
        _batch.Rows.Add(row);
    }

    /// <summary>The batch to write, with the run's counters as they stand; the builder starts a new one.</summary>
    public IngestionBatch Take(ImportCounters? counters)
    {
        var batch = _batch;
        // The published offers' final states, then every document the batch needs from the store, in one read.
        var drafts = new List<OfferDraft>();
        foreach (var (id, upsert) in _offers)
        {
            if (upsert)
                drafts.Add(engine.Draft(id, this));
            else
                batch.Deletions.Add(id);
        }
        Reads.ReadAll(engine.Store, engine.Index);
        foreach (var draft in drafts)
            batch.Upserts.Add(draft.Entry());
        if (_documents.Count > 0)
        {
            // As UTF-8 bytes, stored as they are; with the print of each row a session would load
            // (RowPrinter), so that the next session need not compute it.
            var rows = batch.Rows;
            var pending = _documents;
            var documents = new byte[]?[rows.Count];
            var prints = printer is null ? null : new byte[]?[rows.Count];
            Parallel.For(0, pending.Count, () => printer?.NewBuilder(), (i, _, builder) =>
            {
                var (row, held, read, analysis) = pending[i];
                var utf8 = OffreJson.SerializeToUtf8(held ?? read!.Document!);
                documents[row] = utf8;
                if (builder is not null && RowPrinter.Loads(rows[row]))
                    prints![row] = RowPrinter.Print(builder, rows[row], utf8, analysis);
                return builder;
            }, static _ => { });
            batch.SetDocuments(documents, prints, Deduplication.StoredPrint.Version);
            // The prints are derived: the analyses' pooled arrays go back for the next batches'
            // records (their records are decided, nothing reads them again).
            foreach (var (_, _, _, analysis) in pending)
                analysis?.Release();
            pending.Clear();
        }
        // The offers' stored JSON too, off the writer's thread (SQLite's statements run on one).
        batch.PrepareUpserts();
        batch.Counters = counters?.Copy();
        _offers.Clear();
        _batch = new IngestionBatch { RunId = runId };
        Records = 0;
        return batch;
    }
}
