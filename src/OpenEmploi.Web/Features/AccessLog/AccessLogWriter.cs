using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.AccessLog;

/// <summary>Writes queued API calls to the store in batches, at least once a second, and drains the queue on shutdown.</summary>
internal sealed partial class AccessLogWriter(AccessLogQueue queue, IApplicationStore store, ILogger<AccessLogWriter> logger) : BackgroundService
{
    private const int BatchSize = 1_000;
    private static readonly TimeSpan FlushDelay = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AccessLogEntry>(BatchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(FlushDelay, stoppingToken);
                await DrainAsync(batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: what was logged before it still reaches the store.
            await DrainAsync(batch, CancellationToken.None);
        }
    }

    private async Task DrainAsync(List<AccessLogEntry> batch, CancellationToken ct)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && queue.Reader.TryRead(out var entry))
                batch.Add(entry);
            if (batch.Count == 0)
                return;
            try
            {
                await store.AppendAccessLogAsync(batch, ct);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogWriteFailed(logger, error, batch.Count);
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Écriture de {Count} entrées du journal des appels d'API échouée.")]
    private static partial void LogWriteFailed(ILogger logger, Exception error, int count);
}
