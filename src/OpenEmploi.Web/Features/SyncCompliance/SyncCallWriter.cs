using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.SyncCompliance;

/// <summary>Stores the recorded sync calls every second, and what is left when the node stops.</summary>
internal sealed partial class SyncCallWriter(SyncCallRecorder recorder, IApplicationStore store, TimeProvider time, ILogger<SyncCallWriter> logger)
    : BackgroundService
{
    private static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(FlushInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await FlushAsync(CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushAsync(CancellationToken.None);
        }
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        var calls = recorder.Drain();
        if (calls.Count == 0)
            return;
        try
        {
            await store.RecordSyncCallsAsync(calls, ct);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Put back, unless a newer call came meanwhile: the next flush tries again.
            foreach (var call in calls)
                recorder.Record(call);
            LogFailed(error, calls.Count);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Enregistrement de {Count} synchronisations échoué ; nouvel essai à la prochaine seconde.")]
    private partial void LogFailed(Exception error, int count);
}
