using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// The take stage, between the deciding thread and the writer: takes each decided batch
/// (<see cref="DecidedBatch.Take"/>: the documents it needs read from the store, its offers
/// finished, rows and offers serialised on every core) on a task of its own, in batch order, and
/// hands it to the <see cref="BatchWriter"/>, while the next batches are decided. The deciding
/// thread waits only when a decided batch already waits to be taken besides the one being taken.
/// </summary>
/// <remarks>
/// Order: a batch's store reads run after its own decisions and before its submission to the
/// writer, so before its commit and every later one (commits are in submission order); what they
/// read was not written by the run (docs/ingestion.md, "The take stage"). A failed take (a
/// document missing from the store) or a failed write stops the run at the next submission; the
/// writer commits whole batches, in order, and a batch it was never given is never written, so a
/// killed or failed import still leaves whole batches, a prefix of the feed.
/// </remarks>
internal sealed class BatchTaker
{
    private readonly IngestionEngine _engine;
    private readonly BatchWriter _writer;
    private readonly ImportStages _stages;
    private readonly IProgress<ImportCounters>? _progress;
    private readonly Channel<DecidedBatch> _decided = Channel.CreateBounded<DecidedBatch>(
        new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });
    private readonly bool _ahead;
    private readonly Task _running;
    private Exception? _failure;

    // progress: told the run's counters as each batch is handed to the writer.
    public BatchTaker(IngestionEngine engine, BatchWriter writer, ImportStages stages, IProgress<ImportCounters>? progress, CancellationToken ct)
    {
        _engine = engine;
        _writer = writer;
        _stages = stages;
        _progress = progress;
        _ahead = engine.Options.TakesAhead(engine.Store.Kind);
        _running = _ahead ? Task.Run(() => TakeAllAsync(ct), CancellationToken.None) : Task.CompletedTask;
    }

    /// <summary>
    /// Queues a decided batch to take; waits while one already waits. Rethrows the failure of an
    /// earlier take or write. When not taking ahead (<see cref="IngestionOptions.TakesAhead"/>), takes it here and now.
    /// </summary>
    public async Task SubmitAsync(DecidedBatch batch, CancellationToken ct)
    {
        ThrowIfFailed();
        if (!_ahead)
        {
            await HandOverAsync(batch.Take(_engine.Store, _stages, _engine.Time), ct);
            return;
        }
        if (_decided.Writer.TryWrite(batch))
            return;
        var mark = _engine.Time.GetTimestamp();
        try
        {
            await _decided.Writer.WriteAsync(batch, ct);
        }
        catch (ChannelClosedException)
        {
            // The stage stopped on a failure: that failure is the run's.
            ThrowIfFailed();
            throw;
        }
        finally
        {
            _stages.TakeWait += _engine.Time.GetElapsedTime(mark);
        }
    }

    /// <summary>Waits until every submitted batch is taken and handed to the writer; rethrows a take's or a write's failure.</summary>
    public async Task CompleteAsync()
    {
        _decided.Writer.TryComplete();
        await _running;
        ThrowIfFailed();
    }

    /// <summary>After a failure elsewhere: batches not yet taken are dropped, the one being taken ends whatever its outcome.</summary>
    public async Task AbandonAsync()
    {
        Volatile.Write(ref _failure, Volatile.Read(ref _failure) ?? new OperationCanceledException("import abandonné"));
        _decided.Writer.TryComplete();
        while (_decided.Reader.TryRead(out _))
        {
        }
        await _running;
    }

    private void ThrowIfFailed()
    {
        if (Volatile.Read(ref _failure) is { } failure)
            ExceptionDispatchInfo.Throw(failure);
    }

    private async Task HandOverAsync(IngestionBatch batch, CancellationToken ct)
    {
        await _writer.SubmitAsync(batch, ct);
        if (batch.Counters is { } counters)
            _progress?.Report(counters.Copy());
    }

    private async Task TakeAllAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var decided in _decided.Reader.ReadAllAsync(CancellationToken.None))
            {
                if (Volatile.Read(ref _failure) is not null)
                    break;
                await HandOverAsync(decided.Take(_engine.Store, _stages, _engine.Time), ct);
            }
        }
#pragma warning disable CA1031 // Kept and rethrown to the deciding thread at its next submission.
        catch (Exception error)
#pragma warning restore CA1031
        {
            Interlocked.CompareExchange(ref _failure, error, null);
            _decided.Writer.TryComplete();
        }
    }
}
