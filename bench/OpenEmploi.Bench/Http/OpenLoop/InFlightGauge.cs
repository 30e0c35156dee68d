namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>Requests being sent or awaiting their response, across the pool, and the most at once.</summary>
internal sealed class InFlightGauge
{
    private int _current;
    private int _peak;

    public int Peak => Volatile.Read(ref _peak);

    public void Enter()
    {
        var now = Interlocked.Increment(ref _current);
        int peak;
        while (now > (peak = Volatile.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, peak) != peak)
        {
        }
    }

    public void Leave() => Interlocked.Decrement(ref _current);
}
