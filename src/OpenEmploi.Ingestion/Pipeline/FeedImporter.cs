using System.Threading.Channels;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// One import run: feed records → error | normalise (rejected) → unchanged (same raw hash) →
/// verify (block) → fraud (hold) → de-duplicate (publish, warn, duplicate) → batches written all
/// or nothing with the offers' changes; then, for a full feed, the source's records it no longer
/// has are removed. The feed is read, and each batch normalised and verified (in parallel over the
/// batch), ahead of the decisions by a task of its own; the decisions are made on one thread in
/// feed order (so they, hence the offers' ids, are the same whatever the threads), each decided
/// batch taken (its documents read, its rows and offers serialised) by a stage of its own while
/// the next ones are decided, and batches written on another.
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
        await foreach (var row in engine.Store.StreamKnownRowsAsync(source.Code, ct))
            known[row.SourceId] = new KnownRecord(row.ContentHash, row.Status, row.LastRunId is not null) { PublishedId = row.PublishedId };
        stages.Known = engine.Time.GetElapsedTime(started);
        var runId = await engine.Store.StartRunAsync(source.Code, request.Location, request.FullFeed, ct);
        var counters = new ImportCounters();
        var processor = new RecordProcessor(engine, source, runId, counters, known);
        var batch = new BatchBuilder(engine, runId, new RowPrinter(engine.Index));
        using var writer = new BatchWriter(engine, stages);
        var taker = new BatchTaker(engine, writer, stages, progress, ct);
        // The feed is read, and each batch prepared (normalised, verified, analysed) on the thread
        // pool, by a task of its own, up to ReadAhead batches ahead of the decisions: this thread
        // only decides, in feed order, while the other core reads, prepares and writes.
        using var reading = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var ahead = Channel.CreateBounded<Task<List<RecordWork>>>(new BoundedChannelOptions(ReadAhead) { SingleReader = true, SingleWriter = true });
        var reader = Task.Run(() => ReadAsync(engine, processor, request, ahead.Writer, stages, reading.Token), reading.Token);
        Task<List<RecordWork>>? preparing = null;
        try
        {
            while (await ahead.Reader.WaitToReadAsync(ct))
            {
                while (ahead.Reader.TryRead(out preparing))
                {
                    var works = await Ready(engine, preparing, stages);
                    preparing = null;
                    await DecideAsync(engine, processor, works, batch, counters, taker, request.Report, stages, ct);
                }
            }
            // Rethrows the reader's failure, if any, once the batches it had read are decided.
            var unreadable = await reader;
            // A feed that could not be read at all says nothing about what the source still has.
            if (request.FullFeed && !unreadable)
                await RemoveMissingAsync(engine, source.Code, known, batch, counters, taker, stages, ct);
            await taker.CompleteAsync();
            await writer.WaitAsync();
            // Every document the index was given is now in the store, where it reads them back.
            batch.Reads.Hold(engine.Index);
            engine.Index.ReleaseDocuments();
            await engine.Store.FinishRunAsync(runId, ImportRunInfo.Completed, counters, null, ct);
        }
        catch (Exception error)
        {
            await reading.CancelAsync();
            await Settle(reader);
            await Settle(preparing);
            while (ahead.Reader.TryRead(out var left))
                await Settle(left);
            await taker.AbandonAsync();
            await writer.AbandonAsync();
            var status = error is OperationCanceledException ? ImportRunInfo.Interrupted : ImportRunInfo.Failed;
            // What the run committed: decided records of batches never written are not counted.
            await engine.Store.FinishRunAsync(runId, status, writer.Committed, error.Message, CancellationToken.None);
            throw;
        }
        return new ImportResult(runId, counters, engine.Time.GetElapsedTime(started), engine.LoadTime, engine.LoadedMembers) { Stages = stages };
    }

    // Batches prepared ahead of the one decided, besides the one being prepared: enough to keep
    // the other core busy while a slow batch is decided, few enough that little survives into the
    // garbage collector's older generations (1,000 records each).
    private const int ReadAhead = 1;

    /// <summary>
    /// Reads the feed into batches and starts preparing each, handing them over in feed order;
    /// true when the feed could not be read at all (record 0 error). Completes the channel however it ends.
    /// </summary>
    private static async Task<bool> ReadAsync(
        IngestionEngine engine, RecordProcessor processor, ImportRequest request, ChannelWriter<Task<List<RecordWork>>> ahead,
        ImportStages stages, CancellationToken ct)
    {
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
                {
                    await ahead.WriteAsync(PrepareAsync(engine, processor, works, stages, ct), ct);
                    works = new List<RecordWork>(engine.Options.BatchSize);
                }
                mark = engine.Time.GetTimestamp();
            }
            stages.Parse += engine.Time.GetElapsedTime(mark);
            if (works.Count > 0)
                await ahead.WriteAsync(PrepareAsync(engine, processor, works, stages, ct), ct);
            return unreadable;
        }
        finally
        {
            ahead.Complete();
        }
    }

    /// <summary>Normalises, verifies and analyses a batch on every core, apart from the thread that decides.</summary>
    private static Task<List<RecordWork>> PrepareAsync(
        IngestionEngine engine, RecordProcessor processor, List<RecordWork> works, ImportStages stages, CancellationToken ct) =>
        Task.Run(() =>
        {
            var mark = engine.Time.GetTimestamp();
            Parallel.ForEach(works, new ParallelOptions { CancellationToken = ct }, work =>
            {
                processor.Prepare(work);
                // De-duplication's text analysis too, for the records that may be published.
                if (work.Normalised?.Offer is { } offer && work.Verification is { Decision: not VerificationDecision.Block, Fraud.Hold: false })
                    work.Analysis = engine.Index.Analyse(offer);
            });
            stages.AddPrepare(engine.Time.GetElapsedTime(mark));
            return works;
        }, ct);

    private static async Task<List<RecordWork>> Ready(IngestionEngine engine, Task<List<RecordWork>> preparing, ImportStages stages)
    {
        var mark = engine.Time.GetTimestamp();
        var works = await preparing;
        stages.PrepareWait += engine.Time.GetElapsedTime(mark);
        return works;
    }

    /// <summary>A failed run lets the batch being prepared end (whatever its outcome) before the run is closed.</summary>
    private static async Task Settle(Task? preparing)
    {
        if (preparing is null)
            return;
        try
        {
            await preparing;
        }
#pragma warning disable CA1031 // The run is failing already: its first error is the one reported.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private static async Task DecideAsync(
        IngestionEngine engine, RecordProcessor processor, List<RecordWork> works, BatchBuilder batch, ImportCounters counters,
        BatchTaker taker, ImportReportWriter? report, ImportStages stages, CancellationToken ct)
    {
        if (works.Count == 0)
            return;
        var mark = engine.Time.GetTimestamp();
        // The documents earlier batches read, taken meanwhile, go to the index before these decisions.
        batch.Reads.Hold(engine.Index);
        // The thread's CPU, its waits for a core and the collector's pauses are read around the
        // stretches that stay on it (a report's write may move the rest to another).
        var cpu = DecideClock.Start();
        foreach (var work in works)
        {
            var line = processor.Decide(work, batch);
            if (report is not null)
            {
                cpu.AddTo(stages);
                await report.WriteAsync(line, ct);
                cpu = DecideClock.Start();
            }
        }
        cpu.AddTo(stages);
        stages.Decide += engine.Time.GetElapsedTime(mark);
        // The progress is told as the batch goes to the writer (BatchTaker).
        await CloseAsync(engine, batch, counters, taker, stages, ct);
    }

    /// <summary>Closes the batch on this thread and hands it to the take stage.</summary>
    private static async Task CloseAsync(
        IngestionEngine engine, BatchBuilder batch, ImportCounters counters, BatchTaker taker, ImportStages stages, CancellationToken ct)
    {
        var mark = engine.Time.GetTimestamp();
        var decided = batch.Close(counters);
        stages.Close += engine.Time.GetElapsedTime(mark);
        await taker.SubmitAsync(decided, ct);
    }

    private static async Task RemoveMissingAsync(
        IngestionEngine engine, string code, Dictionary<string, KnownRecord> known, BatchBuilder batch, ImportCounters counters, BatchTaker taker,
        ImportStages stages, CancellationToken ct)
    {
        batch.Reads.Hold(engine.Index);
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
                await CloseAsync(engine, batch, counters, taker, stages, ct);
                batch.Reads.Hold(engine.Index);
                pending = 0;
            }
        }
        await CloseAsync(engine, batch, counters, taker, stages, ct);
    }

    /// <summary>
    /// Where the deciding thread's wall time goes while it decides: its own CPU, its waits for a
    /// core (runnable, both cores taken by other stages or other processes) and the garbage
    /// collector's pauses (every managed thread stopped; process-wide, so they include the pauses
    /// of the collections other stages' allocations started).
    /// </summary>
    private readonly record struct DecideClock(TimeSpan Cpu, TimeSpan Queued, TimeSpan Paused)
    {
        public static DecideClock Start()
        {
            var (cpu, queued) = ThreadCpu.Read();
            return new DecideClock(cpu, queued, GC.GetTotalPauseDuration());
        }

        public void AddTo(ImportStages stages)
        {
            var (cpu, queued) = ThreadCpu.Read();
            stages.DecideCpu += cpu - Cpu;
            stages.DecideQueued += queued - Queued;
            stages.DecidePaused += GC.GetTotalPauseDuration() - Paused;
        }
    }
}
