namespace OpenEmploi.Web.Features.Search;

/// <summary>
/// Polls the change log twice a second, so that a created, updated or deleted offer is
/// searchable within one second on every node.
/// </summary>
internal sealed partial class SearchIndexFollower(SearchIndexHolder holder, ILogger<SearchIndexFollower> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!holder.IsReady)
            return;
        await holder.Engine.RunFollowerAsync(Interval, error => LogRoundFailed(logger, error), stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mise à jour de l'index de recherche échouée ; nouvel essai dans 500 ms.")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);
}
