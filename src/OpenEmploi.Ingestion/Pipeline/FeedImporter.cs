using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// One import run: feed records → error | normalise (rejected) → unchanged (same raw hash) →
/// verify (block) → fraud (hold) → de-duplicate (publish, warn, duplicate) → batches written all
/// or nothing with the offers' changes; then, for a full feed, the source's records it no longer
/// has are removed. Normalising and verifying run in parallel over a batch, decisions on one thread.
/// </summary>
public static class FeedImporter
{
    public static async Task<ImportResult> ImportAsync(
        IngestionEngine engine, ImportRequest request, IProgress<ImportCounters>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(request);
        if (!engine.Sources.TryGetValue(request.SourceCode, out var source))
            throw new IngestionException($"Source inconnue « {request.SourceCode} » : l'enregistrer d'abord (openemploi sources add {request.SourceCode} --name …).");
        var started = engine.Time.GetTimestamp();
        var stages = new ImportStages();
        var known = new Dictionary<string, KnownRecord>(StringComparer.Ordinal);
        await foreach (var row in engine.Store.StreamRowsAsync(source.Code, ct))
            known[row.SourceId] = new KnownRecord(row.ContentHash, row.Status, row.LastRunId is not null) { PublishedId = row.PublishedId };
        stages.Known = engine.Time.GetElapsedTime(started);
        var runId = await engine.Store.StartRunAsync(source.Code, request.Location, request.FullFeed, ct);
        var counters = new ImportCounters();
        var processor = new RecordProcessor(engine, source, runId, counters, known);
        var batch = new BatchBuilder(runId);
        var batches = 0;
        try
        {
            var unreadable = false;
            var works = new List<RecordWork>(engine.Options.BatchSize);
            var mark = engine.Time.GetTimestamp();
            await foreach (var item in FeedReaders.For(request.Format).ReadAsync(request.Feed, ct))
            {
                stages.Parse += engine.Time.GetElapsedTime(mark);
                unreadable |= item is FeedError { RecordNumber: 0 };
                works.Add(new RecordWork(item));
                if (works.Count >= engine.Options.BatchSize)
                    batches = await RunBatchAsync(engine, processor, works, batch, counters, batches, request.Report, progress, stages, ct);
                mark = engine.Time.GetTimestamp();
            }
            stages.Parse += engine.Time.GetElapsedTime(mark);
            batches = await RunBatchAsync(engine, processor, works, batch, counters, batches, request.Report, progress, stages, ct);
            // A feed that could not be read at all says nothing about what the source still has.
            if (request.FullFeed && !unreadable)
            {
                mark = engine.Time.GetTimestamp();
                batches = await RemoveMissingAsync(engine, source.Code, known, batch, counters, batches, ct);
                stages.Write += engine.Time.GetElapsedTime(mark);
            }
            await engine.Store.FinishRunAsync(runId, ImportRunInfo.Completed, counters, null, ct);
        }
        catch (Exception error)
        {
            var status = error is OperationCanceledException ? ImportRunInfo.Interrupted : ImportRunInfo.Failed;
            await engine.Store.FinishRunAsync(runId, status, counters, error.Message, CancellationToken.None);
            throw;
        }
        return new ImportResult(runId, counters, engine.Time.GetElapsedTime(started), engine.LoadTime, engine.LoadedMembers) { Stages = stages };
    }

    private static async Task<int> RunBatchAsync(
        IngestionEngine engine, RecordProcessor processor, List<RecordWork> works, BatchBuilder batch, ImportCounters counters,
        int batches, ImportReportWriter? report, IProgress<ImportCounters>? progress, ImportStages stages, CancellationToken ct)
    {
        if (works.Count == 0)
            return batches;
        var mark = engine.Time.GetTimestamp();
        Parallel.ForEach(works, new ParallelOptions { CancellationToken = ct }, work =>
        {
            processor.Prepare(work);
            // De-duplication's text analysis too, for the records that may be published.
            if (work.Normalised?.Offer is { } offer && work.Verification is { Decision: not VerificationDecision.Block, Fraud.Hold: false })
                engine.Index.Prepare(offer);
        });
        stages.Prepare += engine.Time.GetElapsedTime(mark);
        mark = engine.Time.GetTimestamp();
        foreach (var work in works)
        {
            var line = processor.Decide(work, batch);
            if (report is not null)
                await report.WriteAsync(line, ct);
        }
        works.Clear();
        stages.Decide += engine.Time.GetElapsedTime(mark);
        mark = engine.Time.GetTimestamp();
        batches = await FlushAsync(engine, batch, counters, batches, ct);
        stages.Write += engine.Time.GetElapsedTime(mark);
        progress?.Report(counters.Copy());
        return batches;
    }

    private static async Task<int> RemoveMissingAsync(
        IngestionEngine engine, string code, Dictionary<string, KnownRecord> known, BatchBuilder batch, ImportCounters counters, int batches, CancellationToken ct)
    {
        var pending = 0;
        foreach (var (sourceId, record) in known)
        {
            // Adopted platform offers (never sent by a feed) are not the feed's to remove.
            if (record.Seen || !record.FromFeed || record.Status == IngestionStatus.Removed)
                continue;
            var key = new MemberKey(code, sourceId);
            if (engine.Index.Contains(key))
                engine.Unpublish(key, batch);
            batch.Current.Removals.Add((code, sourceId));
            record.Status = IngestionStatus.Removed;
            counters.Deleted++;
            if (++pending >= engine.Options.BatchSize)
            {
                batches = await FlushAsync(engine, batch, counters, batches, ct);
                pending = 0;
            }
        }
        return await FlushAsync(engine, batch, counters, batches, ct);
    }

    private static async Task<int> FlushAsync(IngestionEngine engine, BatchBuilder batch, ImportCounters counters, int batches, CancellationToken ct)
    {
        await engine.Store.ApplyBatchAsync(batch.Take(counters), ct);
        batches++;
        if (engine.Options.AfterBatch is { } hook)
            await hook(batches, ct);
        return batches;
    }
}
