using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Web.Features.Ingestion;

namespace OpenEmploi.Web.Features.Moderation;

/// <summary>
/// A moderator's decision is carried out by the ingestion worker with its loaded engine (no engine
/// is loaded per call): it is queued in the inbox, the local worker is woken, and the call waits
/// for the outcome — at once when this node drains, at the drainer's next round otherwise — up to
/// <see cref="IngestionWorkerOptions.CommandWait"/>.
/// </summary>
internal sealed class ModerationCommands(IIngestionInbox inbox, IngestionSignal signal, IngestionWorkerOptions options, TimeProvider time)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(250);

    /// <summary>The processed command, or null when the wait ran out (it stays queued); and its id.</summary>
    public async Task<(InboxItem? Done, string Id)> RunAsync(
        string clientId, string operation, string source, string reference, string? reason, CancellationToken ct)
    {
        var id = Guid.NewGuid().ToString("N");
        await inbox.AddAsync([new InboxItem(0, id, 0, clientId, source, operation, reference, reason, time.GetUtcNow())], ct);
        signal.Wake();
        var deadline = time.GetUtcNow() + options.CommandWait;
        while (true)
        {
            var roundEnded = signal.NextRoundEnded;
            var items = await inbox.GetBatchAsync(id, ct);
            if (items.Count > 0 && !items[0].IsPending)
                return (items[0], id);
            if (time.GetUtcNow() >= deadline)
                return (null, id);
            await Task.WhenAny(roundEnded, Task.Delay(Poll, time, ct));
        }
    }
}
