using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Sync;

/// <summary>
/// Prunes the change log of entries older than <see cref="SyncOptions.ChangeLogRetention"/>, every
/// <see cref="SyncOptions.PruneInterval"/>. Every node may run it: a second run finds nothing to do.
/// </summary>
internal sealed partial class ChangeLogPruning(IOffreStore store, SyncOptions options, TimeProvider time, ILogger<ChangeLogPruning> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.PruneInterval <= TimeSpan.Zero)
            return;
        using var timer = new PeriodicTimer(options.PruneInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    var through = await store.PruneChangesAsync(time.GetUtcNow() - options.ChangeLogRetention, stoppingToken);
                    LogPruned(through);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Change log pruned through sequence {Through}.")]
    private partial void LogPruned(long through);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pruning the change log failed; the next round tries again.")]
    private partial void LogFailed(Exception exception);
}
