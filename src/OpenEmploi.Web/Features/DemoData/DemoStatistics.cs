using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Statistics;
using OpenEmploi.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Web.Features.StatisticsJob;

namespace OpenEmploi.Web.Features.DemoData;

/// <summary>
/// In development only, on a base without any computed statistics: generates a small
/// labour-market register (the statistics generator at <see cref="DemoDataOptions.StatisticsScale"/>,
/// three years up to the last finished quarter) before serving, then computes in the background
/// the last finished quarter first (figures on /territoires and the API within seconds), the four
/// quarters before it and the last quarter again (its evolutions and twelve-month flows need
/// them, in order); the fourth quarter among them brings the last complete year (tension,
/// recruitment projects, growing sectors).
/// Start-up only waits for the generation; stopping the host cancels the computation and waits
/// for it to end (a hosted service for that only), so no run outlives the host's store.
/// While it computes the last finished quarter it holds the quarterly job's lease for that quarter,
/// then records it done: otherwise the web host's own job, whose first round comes five minutes
/// after start, would compute the same quarter a second time alongside it (twice the CPU, and
/// both runs' memory at once).
/// </summary>
public sealed partial class DemoStatistics(
    StoreLocation location,
    IOffreStore offres,
    IPublishedStatistics published,
    ReferenceData data,
    DeveloperStore developers,
    StatisticsJobOptions jobOptions,
    TimeProvider time,
    ILogger<DemoStatistics> logger)
    : IHostedService
{
    /// <summary>The lease owner the demo's computation writes in scheduled_jobs.</summary>
    public const string LeaseNode = "démonstration";

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The host has fired ApplicationStopping (which cancels the runs) before stopping its services.</summary>
    public async Task StopAsync(CancellationToken cancellationToken) =>
        await Computation.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    /// <summary>The background computation (completed when nothing was to do).</summary>
    public Task Computation { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// The quarters computed, in order: the last finished one, the four before it, itself again.
    /// One of the five is a fourth quarter, whose run brings the last complete year along.
    /// </summary>
    public static IReadOnlyList<StatPeriod> Periods(DateOnly today)
    {
        var last = StatPeriod.LastFinishedQuarter(today);
        var before = new List<StatPeriod>();
        for (var p = last.Previous; before.Count < 4; p = p.Previous)
            before.Insert(0, p);
        return [last, .. before, last];
    }

    /// <summary>Generates the register when the base has no statistics, then starts the computation; false when there was nothing to do.</summary>
    public async Task<bool> SeedAsync(double scale, int seed, CancellationToken ct)
    {
        if (scale <= 0 || (await published.GetComputedPeriodsAsync(ct)).Count > 0)
            return false;
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var periods = Periods(today);
        var last = periods[0];
        var watch = Stopwatch.StartNew();
        await using (var inputs = StatisticsInputStoreFactory.Open(location))
        {
            if ((await inputs.CountAsync(ct)).Episodes == 0)
            {
                var options = new StatisticsGeneratorOptions(scale, (ulong)seed, last.Year - 2, last.Year, last.End);
                var counts = await inputs.ReplaceAllAsync(new StatisticsGenerator(GeneratorContext.For(data), options).Streams(), null, ct);
                LogGenerated(logger, counts.Episodes, counts.Establishments, watch.Elapsed.TotalSeconds);
            }
        }
        // Another node of a shared base may already hold the quarter: the demo then computes it all the same (it is
        // only ever a development base) but leaves the job's record to that node.
        var leased = await developers.ScheduledJobs.TryStartAsync(QuarterlyStatisticsJob.JobName, last.Code, LeaseNode, jobOptions.LeaseDuration, ct);
        Computation = Task.Run(() => ComputeAsync(periods, leased, ct), ct);
        return true;
    }

    private async Task ComputeAsync(IReadOnlyList<StatPeriod> periods, bool leased, CancellationToken ct)
    {
        var jobs = developers.ScheduledJobs;
        try
        {
            foreach (var period in periods)
            {
                // StatisticsRun also collects the platform's demo offers into the inputs, as the quarterly job does.
                foreach (var run in await StatisticsRun.RunAsync(location, offres, data, period, time, null, ct))
                    LogComputed(logger, run.Period.Code, run.Cells, run.Masked, run.Elapsed.TotalSeconds);
                if (leased && period == periods[0])
                {
                    // The quarter the job would compute is stored (with its year after a fourth quarter): the job's round skips it.
                    await jobs.FinishAsync(QuarterlyStatisticsJob.JobName, period.Code, LeaseNode, ct);
                    leased = false;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // A demo's background run must not take the host down: it says why it stopped.
        catch (Exception error)
#pragma warning restore CA1031
        {
            LogFailed(logger, error);
        }
        finally
        {
            // Stopped or failed before the quarter was stored: the job computes it at its next round.
            if (leased)
                await jobs.AbandonAsync(QuarterlyStatisticsJob.JobName, LeaseNode, CancellationToken.None);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Statistiques de démonstration : calcul interrompu ; les tableaux de bord resteront vides (openemploi stats compute pour réessayer).")]
    private static partial void LogFailed(ILogger logger, Exception error);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Statistiques de démonstration : {Episodes} épisodes de demandeurs d'emploi et {Establishments} établissements générés en {Seconds:F1} s ; calcul en arrière-plan.")]
    private static partial void LogGenerated(ILogger logger, long episodes, long establishments, double seconds);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Statistiques de démonstration {Period} calculées : {Cells} cellules dont {Masked} masquées, en {Seconds:F1} s.")]
    private static partial void LogComputed(ILogger logger, string period, long cells, long masked, double seconds);
}
