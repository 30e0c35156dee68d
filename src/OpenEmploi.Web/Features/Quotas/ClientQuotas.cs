using System.Collections.Concurrent;

namespace OpenEmploi.Web.Features.Quotas;

/// <summary>
/// The token buckets of this node, one per application. A bucket is replaced when the
/// application's quota changes (seen through the application directory within 30 s).
/// With several nodes behind a load balancer each node applies the quota to the calls it serves.
/// </summary>
internal sealed class ClientQuotas(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, TokenBucket> _buckets = new(StringComparer.Ordinal);

    public TokenBucket For(string clientId, int perSecond, int burst)
    {
        var bucket = _buckets.GetOrAdd(clientId, static (_, args) => new TokenBucket(args.perSecond, args.burst, args.time), (perSecond, burst, time));
        if (bucket.PerSecond == perSecond && bucket.Burst == burst)
            return bucket;
        var replaced = new TokenBucket(perSecond, burst, time);
        _buckets[clientId] = replaced;
        return replaced;
    }
}
