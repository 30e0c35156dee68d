using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Attribution;

/// <summary>
/// When the offers last changed (the newest change-log entry), re-read every few seconds, for the
/// attribution header every API response carries.
/// </summary>
internal sealed partial class DataFreshness(IOffreStore store, TimeProvider time, ILogger<DataFreshness> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);
    private readonly DateTimeOffset _started = time.GetUtcNow();
    private long _sequence = -1;
    private string? _lastUpdate;

    /// <summary>ISO-8601 UTC time of the last change; the node's start when the base has none.</summary>
    public string LastUpdate => Volatile.Read(ref _lastUpdate) ?? Format(_started);

    public async Task RefreshAsync(CancellationToken ct)
    {
        var sequence = await store.GetLastSequenceAsync(ct);
        if (sequence == _sequence)
            return;
        await foreach (var change in store.ReadChangesAsync(sequence - 1, 1, ct))
            Volatile.Write(ref _lastUpdate, Format(change.At));
        _sequence = sequence;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogRefreshFailed(logger, error);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lecture de la date de dernière mise à jour des offres échouée.")]
    private static partial void LogRefreshFailed(ILogger logger, Exception error);
}
