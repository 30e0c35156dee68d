using System.Threading.Channels;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.AccessLog;

/// <summary>
/// API calls waiting to be written. Requests only enqueue (never wait for the store); when the
/// store falls far behind, entries beyond the capacity are dropped and counted rather than
/// slowing every caller down.
/// </summary>
internal sealed class AccessLogQueue
{
    public const int Capacity = 100_000;

    private readonly Channel<AccessLogEntry> _channel = Channel.CreateBounded<AccessLogEntry>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private long _dropped;

    public ChannelReader<AccessLogEntry> Reader => _channel.Reader;

    public long Dropped => Interlocked.Read(ref _dropped);

    public void Enqueue(AccessLogEntry entry)
    {
        if (!_channel.Writer.TryWrite(entry))
            Interlocked.Increment(ref _dropped);
    }

    public void Complete() => _channel.Writer.TryComplete();
}
