namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>
/// The requests that are due and not yet sent, oldest first, between the scheduler thread and the
/// connections' threads. A plain monitor: a waiting connection thread sleeps in the kernel until a
/// request is queued, where the thread pool's workers (behind async sockets and channels) would
/// spin looking for work, on cores the server needs.
/// </summary>
internal sealed class RequestQueue
{
    private readonly Queue<ScheduledRequest> _due = new();
    private readonly object _gate = new();
    private bool _closed;

    public void Add(ScheduledRequest request)
    {
        lock (_gate)
        {
            _due.Enqueue(request);
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>No more requests will come: the connections finish what is queued, then stop.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            _closed = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The run gives up: what is still queued is dropped (and reported unanswered).</summary>
    public void Abandon()
    {
        lock (_gate)
        {
            _closed = true;
            _due.Clear();
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Waits for the oldest due request; false once the queue is closed and empty.</summary>
    public bool TryTake(out ScheduledRequest request)
    {
        lock (_gate)
        {
            while (_due.Count == 0 && !_closed)
                Monitor.Wait(_gate);
            return _due.TryDequeue(out request);
        }
    }
}
