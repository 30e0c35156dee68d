using OpenEmploi.Core.Referentiels;
using OpenEmploi.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Web.Hosting;

namespace OpenEmploi.Web.Features.StatisticsJob;

/// <summary>
/// Computes the labour-market statistics of the last finished quarter once for the whole cluster
/// (and its year after a fourth quarter), like `openemploi stats compute`: every node runs the
/// loop, the quarter's lease in scheduled_jobs (keyed by the quarter code, "2026T3") lets one node
/// compute it; a failed run releases the lease and is tried again at the next round. Replacing a
/// period is itself one transaction, so even a node whose lease ran out mid-run leaves whole periods.
/// </summary>
internal sealed partial class QuarterlyStatisticsJob(
    StoreLocation location,
    IOffreStore offres,
    ReferenceData data,
    IScheduledJobStore jobs,
    StatisticsJobOptions options,
    TimeProvider clock,
    ILogger<QuarterlyStatisticsJob> logger) : BackgroundService
{
    public const string JobName = "statistiques.trimestre";

    public string Node { get; } = string.IsNullOrWhiteSpace(options.NodeName) ? Environment.MachineName : options.NodeName.Trim();

    /// <summary>The last finished quarter's run when no node did it yet, null otherwise. Tests call it to drive the job.</summary>
    public async Task<IReadOnlyList<StatisticsRunResult>?> RunOnceAsync(CancellationToken ct = default)
    {
        var quarter = StatPeriod.LastFinishedQuarter(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (!await jobs.TryStartAsync(JobName, quarter.Code, Node, options.LeaseDuration, ct))
            return null;
        IReadOnlyList<StatisticsRunResult> results;
        try
        {
            results = await StatisticsRun.RunAsync(location, offres, data, quarter, clock, null, ct);
        }
        catch (StatisticsInputsMissingException)
        {
            // Inputs not loaded yet (a new platform, an import to come): nothing was replaced, and
            // the next round tries again without filling the log with a failure each hour.
            await jobs.AbandonAsync(JobName, Node, CancellationToken.None);
            LogNoInputs(logger, quarter.Code, Node);
            return null;
        }
        catch (StatisticsInputsIncompleteException error)
        {
            // A load of the inputs is running or failed: nothing was replaced; the next round
            // computes once a load has finished.
            await jobs.AbandonAsync(JobName, Node, CancellationToken.None);
            LogInputsIncomplete(logger, quarter.Code, Node, error.StartedAt);
            return null;
        }
        catch
        {
            await jobs.AbandonAsync(JobName, Node, CancellationToken.None);
            throw;
        }
        await jobs.FinishAsync(JobName, quarter.Code, Node, ct);
        foreach (var run in results)
            LogRun(logger, run.Period.Code, Node, run.Cells, run.Masked, run.Elapsed.TotalSeconds);
        return results;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
            return;
        await Task.Delay(options.InitialDelay, clock, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await RepeatingRounds.RunAsync(RunOnceAsync, options.PollInterval, clock, error => LogRoundFailed(logger, error), stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Statistiques {Period} calculées ({Node}) : {Cells} cellules publiées dont {Masked} masquées en {Seconds:F1} s.")]
    private static partial void LogRun(ILogger logger, string period, string node, long cells, long masked, double seconds);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Statistiques {Period} non calculées ({Node}) : aucune entrée statistique pour ce trimestre ; nouvel essai au prochain tour.")]
    private static partial void LogNoInputs(ILogger logger, string period, string node);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Statistiques {Period} non calculées ({Node}) : chargement des entrées commencé le {StartedAt} en cours ou inachevé (relancer openemploi stats generate) ; nouvel essai au prochain tour.")]
    private static partial void LogInputsIncomplete(ILogger logger, string period, string node, string startedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Calcul trimestriel des statistiques échoué ; nouvel essai au prochain tour.")]
    private static partial void LogRoundFailed(ILogger logger, Exception error);
}
