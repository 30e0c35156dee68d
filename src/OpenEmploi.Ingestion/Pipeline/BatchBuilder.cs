using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Verification.Fraud;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Gathers one batch: rows in record order, and for the published offers one final state per id
/// (an upsert or a deletion), so that an offer touched by several records of a batch gets one
/// change-log entry, not one per record. When the batch is closed (<see cref="Close"/>, on the
/// deciding thread) each upserted offer is drafted from its cluster as the batch leaves it (what
/// its last change in the batch composed); the rest — the documents the index does not hold read
/// together (<see cref="Reads"/>), the offers finished, everything serialised — is the
/// <see cref="DecidedBatch"/>'s to take, off the deciding thread.
/// </summary>
internal sealed class BatchBuilder(IngestionEngine engine, long? runId, RowPrinter? printer = null)
{
    // true: upsert (composed when taken), false: delete; in the order the ids were first touched.
    private readonly Dictionary<string, bool> _offers = new(StringComparer.Ordinal);
    // Rows whose document is serialised when the batch is taken, on every core.
    private List<RowDocument> _documents = [];
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
    public void AddRow(IngestedRow row, Offre? document, TextAnalysis? analysis = null, TemplateReading? template = null)
    {
        if (document is not null)
            _documents.Add(new RowDocument(_batch.Rows.Count, document, null, analysis, template));
        _batch.Rows.Add(row);
    }

    /// <summary>A row whose document is read from the store with the batch's other reads.</summary>
    public void AddRow(IngestedRow row, MemberDocumentRead read)
    {
        _documents.Add(new RowDocument(_batch.Rows.Count, null, read, null, null));
        _batch.Rows.Add(row);
    }

    /// <summary>
    /// Closes the batch on the deciding thread, with the run's counters as they stand: the
    /// published offers' final states drafted from the index, the reads it needs put in flight,
    /// the source boilerplate its rows' prints read frozen. The builder starts a new batch; the
    /// closed one is taken (<see cref="DecidedBatch.Take"/>) on any thread, in batch order.
    /// </summary>
    public DecidedBatch Close(ImportCounters? counters)
    {
        var batch = _batch;
        var drafts = new List<OfferDraft>();
        foreach (var (id, upsert) in _offers)
        {
            if (upsert)
                drafts.Add(engine.Draft(id, this));
            else
                batch.Deletions.Add(id);
        }
        var reads = Reads.Close();
        SourceBoilerplate? boilerplate = null;
        if (printer is not null && _documents.Count > 0)
        {
            var sources = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in _documents)
                sources.Add(batch.Rows[document.Row].SourceCode);
            boilerplate = printer.Freeze(sources);
        }
        batch.Counters = counters?.Copy();
        var decided = new DecidedBatch(batch, drafts, reads, _documents, boilerplate, Reads);
        _offers.Clear();
        _documents = [];
        _batch = new IngestionBatch { RunId = runId };
        Records = 0;
        return decided;
    }

    /// <summary>
    /// The batch to write, taken here and now (moderation, expiry, withdrawals: one batch, no
    /// decisions after it); the builder starts a new one.
    /// </summary>
    public IngestionBatch Take(ImportCounters? counters)
    {
        var taken = Close(counters).Take(engine.Store);
        Reads.Hold(engine.Index);
        return taken;
    }
}

/// <summary>A row's document to serialise: held (with the analysis prepared for it, if any, its print derived from it) or read from the store.</summary>
/// <summary>
/// A row's document to serialise and print, with what prepare computed of the record that the
/// print may reuse: de-duplication's text analysis and F09's template hash (each reused only
/// when it read the inputs the document has).
/// </summary>
internal readonly record struct RowDocument(int Row, Offre? Held, MemberDocumentRead? Read, TextAnalysis? Analysis, TemplateReading? Template);
