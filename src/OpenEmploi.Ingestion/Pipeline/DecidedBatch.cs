using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// A batch whose decisions are made (<see cref="BatchBuilder.Close"/>), to take before it is
/// written: reads nothing the next decisions change — the index is not touched, the published
/// offers are drafted already, the prints read a frozen boilerplate table —, so it is taken on a
/// thread of its own while the next batches are decided. Batches must be taken in order: a batch
/// may share a read of an earlier one (<see cref="MemberDocumentReads"/>).
/// </summary>
internal sealed class DecidedBatch(
    IngestionBatch batch, List<OfferDraft> drafts, MemberDocumentRead[] reads, List<RowDocument> documents, SourceBoilerplate? boilerplate,
    MemberDocumentReads flights)
{
    public int Rows => batch.Rows.Count;

    /// <summary>
    /// Reads the documents the batch needs from the store, finishes its published offers and
    /// serialises the rows' documents (with their prints) and the offers' stored JSON, on every
    /// core: the writer's thread then only runs the statements. Taking may be timed by <paramref name="stages"/>.
    /// </summary>
    public IngestionBatch Take(IIngestionStore store, ImportStages? stages = null, TimeProvider? time = null)
    {
        time ??= TimeProvider.System;
        var mark = time.GetTimestamp();
        MemberDocumentReads.ReadAll(reads, store);
        flights.Done(reads);
        var read = time.GetTimestamp();
        if (documents.Count > 0)
            SerialiseRows();
        var rows = time.GetTimestamp();
        foreach (var draft in drafts)
            batch.Upserts.Add(draft.Entry());
        // The offers' stored JSON too, off the writer's thread (SQLite's statements run on one).
        batch.PrepareUpserts();
        if (stages is not null)
        {
            var end = time.GetTimestamp();
            stages.TakeReads += time.GetElapsedTime(mark, read);
            stages.TakeRows += time.GetElapsedTime(read, rows);
            stages.TakeOffers += time.GetElapsedTime(rows, end);
            stages.Take += time.GetElapsedTime(mark, end);
        }
        return batch;
    }

    // As UTF-8 bytes, stored as they are; with the print of each row a session would load
    // (RowPrinter), so that the next session need not compute it.
    private void SerialiseRows()
    {
        var rows = batch.Rows;
        var pending = documents;
        var utf8 = new byte[]?[rows.Count];
        var prints = boilerplate is null ? null : new byte[]?[rows.Count];
        Parallel.For(0, pending.Count, () => boilerplate is null ? null : RowPrinter.NewBuilder(boilerplate), (i, _, builder) =>
        {
            var (row, held, read, analysis, template) = pending[i];
            var document = held ?? read!.Document!;
            utf8[row] = OffreJson.SerializeToUtf8(document);
            // From the document in memory: the JSON just written is not parsed back (RowPrinter.Print).
            if (builder is not null && RowPrinter.Loads(rows[row]))
                prints![row] = RowPrinter.Print(builder, rows[row], document, analysis, template);
            return builder;
        }, static _ => { });
        batch.SetDocuments(utf8, prints, StoredPrint.Version);
        // The prints are derived: the analyses' pooled arrays go back for the next batches'
        // records (their records are decided, nothing reads them again).
        foreach (var document in pending)
            document.Analysis?.Release();
        pending.Clear();
    }
}
