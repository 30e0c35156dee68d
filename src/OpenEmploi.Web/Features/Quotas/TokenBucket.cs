namespace OpenEmploi.Web.Features.Quotas;

/// <summary>
/// One application's quota on this node: <see cref="Burst"/> calls at once, refilled at
/// <see cref="PerSecond"/> calls per second. Refilled lazily from the clock on each call, so
/// thousands of applications cost no timer.
/// </summary>
internal sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private double _tokens;
    private long _refilledAt;

    public TokenBucket(int perSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        PerSecond = perSecond;
        Burst = burst;
        _time = time;
        _tokens = burst;
        _refilledAt = time.GetTimestamp();
    }

    public int PerSecond { get; }

    public int Burst { get; }

    /// <summary>Takes one call from the bucket; when empty, says how long until the next one.</summary>
    public QuotaDecision TryTake()
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            var elapsed = _time.GetElapsedTime(_refilledAt, now).TotalSeconds;
            _tokens = Math.Min(Burst, _tokens + (elapsed * PerSecond));
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                return new QuotaDecision(true, (int)_tokens, 0);
            }
            var wait = (1 - _tokens) / PerSecond;
            return new QuotaDecision(false, 0, Math.Max(1, (int)Math.Ceiling(wait)));
        }
    }
}

/// <summary>Whether a call may proceed, the calls left, and otherwise the seconds to wait (Retry-After).</summary>
internal readonly record struct QuotaDecision(bool Allowed, int Remaining, int RetryAfterSeconds);
