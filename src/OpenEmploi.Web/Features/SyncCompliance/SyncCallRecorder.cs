using System.Collections.Concurrent;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.SyncCompliance;

/// <summary>
/// Successful sync calls waiting to be stored. Only each application's latest call matters (the
/// store keeps the last one), so a mirror catching up through a thousand pages costs one write per
/// flush, not a thousand; requests never wait for the store.
/// </summary>
internal sealed class SyncCallRecorder
{
    private readonly ConcurrentDictionary<string, SyncCall> _latest = new(StringComparer.Ordinal);

    public void Record(SyncCall call) =>
        _latest.AddOrUpdate(call.ClientId, call, (_, previous) => call.At >= previous.At ? call : previous);

    /// <summary>Takes what was recorded since the last call.</summary>
    public List<SyncCall> Drain()
    {
        var calls = new List<SyncCall>(_latest.Count);
        foreach (var clientId in _latest.Keys)
        {
            if (_latest.TryRemove(clientId, out var call))
                calls.Add(call);
        }
        return calls;
    }
}
