using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Gathers one batch: rows in record order, and for the published offers one final state per id
/// (the last document, or a deletion), so that an offer touched by several records of a batch
/// gets one change-log entry, not one per record.
/// </summary>
internal sealed class BatchBuilder(long? runId)
{
    private readonly Dictionary<string, OffreEntry?> _offers = new(StringComparer.Ordinal);
    // Rows whose document is serialised when the batch is taken, on every core: (row index, document).
    private readonly List<(int Row, Offre Document)> _documents = [];
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
    public void AddRow(IngestedRow row, Offre? document)
    {
        if (document is not null)
            _documents.Add((_batch.Rows.Count, document));
        _batch.Rows.Add(row);
    }

    /// <summary>The batch to write, with the run's counters as they stand; the builder starts a new one.</summary>
    public IngestionBatch Take(ImportCounters? counters)
    {
        var batch = _batch;
        if (_documents.Count > 0)
        {
            var rows = batch.Rows;
            var documents = _documents;
            Parallel.For(0, documents.Count, i =>
            {
                var (row, document) = documents[i];
                rows[row] = rows[row] with { Document = OffreJson.Serialize(document) };
            });
            documents.Clear();
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
