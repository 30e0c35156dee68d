using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Writes an import's batches one after another, each while the importer reads, prepares and
/// decides the next: the store's work (SQLite's in process, PostgreSQL's round trips) overlaps
/// the de-duplication's single thread instead of following it. A batch starts only once the one
/// before it committed and its <see cref="IngestionOptions.AfterBatch"/> hook returned, so batches
/// commit in order and a failed write stops the run at its next submission: what a killed import
/// leaves is still whole batches, a prefix of the feed.
/// </summary>
internal sealed class BatchWriter(IngestionEngine engine, ImportStages stages)
{
    private Task? _pending;

    /// <summary>The run's counters as of the last committed batch: what a failed run records.</summary>
    public ImportCounters Committed { get; private set; } = new();

    /// <summary>Batches submitted so far.</summary>
    public int Batches { get; private set; }

    /// <summary>Waits for the previous batch (rethrowing its failure), then starts writing this one.</summary>
    public async Task SubmitAsync(IngestionBatch batch, CancellationToken ct)
    {
        await WaitAsync();
        var number = ++Batches;
        _pending = Task.Run(() => WriteAsync(batch, number, ct), ct);
    }

    /// <summary>Waits for the batch being written, if any; rethrows its failure.</summary>
    public async Task WaitAsync()
    {
        if (_pending is not { } pending)
            return;
        var mark = engine.Time.GetTimestamp();
        try
        {
            await pending;
        }
        finally
        {
            _pending = null;
            stages.WriteWait += engine.Time.GetElapsedTime(mark);
        }
    }

    /// <summary>After a failure elsewhere: lets the batch being written end, whatever its outcome, before the run is closed.</summary>
    public async Task AbandonAsync()
    {
        try
        {
            await WaitAsync();
        }
#pragma warning disable CA1031 // The run is failing already: its first error is the one reported.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async Task WriteAsync(IngestionBatch batch, int number, CancellationToken ct)
    {
        var mark = engine.Time.GetTimestamp();
        await engine.Store.ApplyBatchAsync(batch, ct);
        stages.Write += engine.Time.GetElapsedTime(mark);
        if (batch.Counters is { } counters)
            Committed = counters;
        if (engine.Options.AfterBatch is { } hook)
            await hook(number, ct);
    }
}
