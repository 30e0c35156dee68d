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
    private IngestionBatch _batch = new() { RunId = runId };

    public int Records { get; set; }

    public IngestionBatch Current => _batch;

    public void Upsert(OffreEntry entry) => _offers[entry.Id] = entry;

    public void Delete(string id) => _offers[id] = null;

    /// <summary>The batch to write, with the run's counters as they stand; the builder starts a new one.</summary>
    public IngestionBatch Take(ImportCounters? counters)
    {
        var batch = _batch;
        foreach (var (id, entry) in _offers)
        {
            if (entry is null)
                batch.Deletions.Add(id);
            else
                batch.Upserts.Add(entry);
        }
        batch.Counters = counters?.Copy();
        _offers.Clear();
        _batch = new IngestionBatch { RunId = runId };
        Records = 0;
        return batch;
    }
}
