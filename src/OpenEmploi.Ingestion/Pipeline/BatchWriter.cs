using System.Runtime.ExceptionServices;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Writes an import's batches on a task of its own while the importer reads, prepares and decides
/// the next ones: the store's work (SQLite's in process, PostgreSQL's round trips) overlaps the
/// de-duplication's single thread instead of following it. When the writer falls behind, the
/// batches decided while it wrote wait, and the next commit takes all of them (up to
/// <see cref="IngestionOptions.MaxBatchesPerCommit"/>) in one transaction
/// (<see cref="IIngestionStore.ApplyBatchesAsync"/>): the index pages a commit writes are written
/// once for several batches. Commits are in order and hold whole batches, the
/// <see cref="IngestionOptions.AfterBatch"/> hook runs after each commit for each batch it held,
/// and a failed write stops the run at its next submission: what a killed import leaves is still
/// whole batches, a prefix of the feed.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private readonly IngestionEngine _engine;
    private readonly ImportStages _stages;
    private readonly Lock _gate = new();
    private readonly Queue<(IngestionBatch Batch, int Number)> _waiting = new();
    // Batches submitted and not yet committed (written or waiting): at most twice a commit's, so
    // that the decisions run ahead of a slow writer by one full commit, and no further (memory).
    private readonly SemaphoreSlim _room;
    private readonly int _perCommit;
    private Task? _running;
    private Exception? _failure;

    public BatchWriter(IngestionEngine engine, ImportStages stages)
    {
        _engine = engine;
        _stages = stages;
        _perCommit = Math.Max(1, engine.Options.MaxBatchesPerCommit);
        _room = new SemaphoreSlim(2 * _perCommit, 2 * _perCommit);
    }

    /// <summary>The run's counters as of the last committed batch: what a failed run records.</summary>
    public ImportCounters Committed { get; private set; } = new();

    /// <summary>Batches submitted so far.</summary>
    public int Batches { get; private set; }

    /// <summary>
    /// Queues the batch for the writer, starting it if idle; waits only while a full commit's
    /// worth of batches is already waiting. Rethrows the failure of an earlier write.
    /// </summary>
    public async Task SubmitAsync(IngestionBatch batch, CancellationToken ct)
    {
        ThrowIfFailed();
        if (!_room.Wait(0, CancellationToken.None))
        {
            var mark = _engine.Time.GetTimestamp();
            try
            {
                await WaitForRoomAsync(ct);
            }
            finally
            {
                _stages.WriteWait += _engine.Time.GetElapsedTime(mark);
            }
        }
        lock (_gate)
        {
            _waiting.Enqueue((batch, ++Batches));
            // Not cancelled by ct before it starts: the writer's own end clears _running.
            _running ??= Task.Factory.StartNew(
                () => WriteWaitingAsync(ct), CancellationToken.None, TaskCreationOptions.DenyChildAttach, WriterThreads.For(_engine.Options)).Unwrap();
        }
    }

    /// <summary>Waits until every submitted batch is committed; rethrows a write's failure.</summary>
    public async Task WaitAsync()
    {
        var mark = _engine.Time.GetTimestamp();
        try
        {
            while (true)
            {
                Task? running;
                lock (_gate)
                    running = _running;
                if (running is null)
                    break;
                await running;
            }
        }
        finally
        {
            _stages.WriteWait += _engine.Time.GetElapsedTime(mark);
        }
        ThrowIfFailed();
    }

    /// <summary>After a failure elsewhere: lets the commit being written end, whatever its outcome, before the run is closed.</summary>
    public async Task AbandonAsync()
    {
        lock (_gate)
        {
            // Batches not yet started are dropped: the run is failing, and they were never committed.
            _failure ??= new OperationCanceledException("import abandonné");
            _waiting.Clear();
        }
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

    // Room is made by each commit, and by a failed one too (which the check after the wait reports).
    private async Task WaitForRoomAsync(CancellationToken ct)
    {
        await _room.WaitAsync(ct);
        ThrowIfFailed();
    }

    private void ThrowIfFailed()
    {
        lock (_gate)
        {
            if (_failure is { } failure)
                ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>The writer: commits what waits, one commit after another, until nothing does.</summary>
    private async Task WriteWaitingAsync(CancellationToken ct)
    {
        while (true)
        {
            var commit = new List<(IngestionBatch Batch, int Number)>(_perCommit);
            lock (_gate)
            {
                while (commit.Count < _perCommit && _waiting.Count > 0 && _failure is null)
                    commit.Add(_waiting.Dequeue());
                if (commit.Count == 0)
                {
                    _running = null;
                    return;
                }
            }
            try
            {
                await CommitAsync(commit, ct);
            }
            catch (Exception error)
            {
                lock (_gate)
                {
                    _failure ??= error;
                    _waiting.Clear();
                    _running = null;
                }
                return;
            }
            finally
            {
                _room.Release(commit.Count);
            }
        }
    }

    private async Task CommitAsync(List<(IngestionBatch Batch, int Number)> commit, CancellationToken ct)
    {
        var mark = _engine.Time.GetTimestamp();
        var batches = new IngestionBatch[commit.Count];
        for (var i = 0; i < batches.Length; i++)
            batches[i] = commit[i].Batch;
        await _engine.Store.ApplyBatchesAsync(batches, ct);
        _stages.Write += _engine.Time.GetElapsedTime(mark);
        _stages.Commits++;
        for (var i = batches.Length - 1; i >= 0; i--)
        {
            if (batches[i].Counters is { } counters)
            {
                Committed = counters;
                break;
            }
        }
        if (_engine.Options.AfterBatch is { } hook)
        {
            foreach (var (_, number) in commit)
                await hook(number, ct);
        }
    }

    /// <summary>Once the run ended (<see cref="WaitAsync"/> or <see cref="AbandonAsync"/> returned).</summary>
    public void Dispose() => _room.Dispose();
}
