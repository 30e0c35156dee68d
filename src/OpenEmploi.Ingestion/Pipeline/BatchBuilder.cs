using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Gathers one batch: rows in record order, and for the published offers one final state per id
/// (the last document, or a deletion), so that an offer touched by several records of a batch
/// gets one change-log entry, not one per record.
/// </summary>
internal sealed class BatchBuilder(long? runId, RowPrinter? printer = null)
{
    private readonly Dictionary<string, OffreEntry?> _offers = new(StringComparer.Ordinal);
    // Rows whose document is serialised when the batch is taken, on every core: (row index,
    // document, the text analysis prepared for it if any, from which its print is derived).
    private readonly List<(int Row, Offre Document, TextAnalysis? Analysis)> _documents = [];
    private IngestionBatch _batch = new() { RunId = runId };

    public int Records { get; set; }

    public IngestionBatch Current => _batch;

    public void Upsert(OffreEntry entry) => _offers[entry.Id] = entry;

    public void Delete(string id) => _offers[id] = null;

    /// <summary>
    /// A row whose <see cref="IngestedRow.Document"/> is <paramref name="document"/>, serialised
    /// when the batch is taken, in parallel: the document must not change before then (each is a
    /// record's own, which nothing changes once its decision is made).
    /// </summary>
    public void AddRow(IngestedRow row, Offre? document, TextAnalysis? analysis = null)
    {
        if (document is not null)
            _documents.Add((_batch.Rows.Count, document, analysis));
        _batch.Rows.Add(row);
    }

    /// <summary>The batch to write, with the run's counters as they stand; the builder starts a new one.</summary>
    public IngestionBatch Take(ImportCounters? counters)
    {
        var batch = _batch;
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
                var (row, document, analysis) = pending[i];
                var utf8 = OffreJson.SerializeToUtf8(document);
                documents[row] = utf8;
                if (builder is not null && RowPrinter.Loads(rows[row]))
                    prints![row] = RowPrinter.Print(builder, rows[row], utf8, analysis);
                return builder;
            }, static _ => { });
            batch.SetDocuments(documents, prints, Deduplication.StoredPrint.Version);
            // The prints are derived: the analyses' pooled arrays go back for the next batches'
            // records (their records are decided, nothing reads them again).
            foreach (var (_, _, analysis) in pending)
                analysis?.Release();
            pending.Clear();
        }
        foreach (var (id, entry) in _offers)
        {
            if (entry is null)
                batch.Deletions.Add(id);
            else
                batch.Upserts.Add(entry);
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
