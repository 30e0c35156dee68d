using System.CommandLine;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Statistics;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Statistics;

/// <summary>
/// `openemploi stats compute --quarter 2026T3` (or `--year 2026`): computes the labour-market
/// indicators of the period under disclosure control and replaces that period in the store, with a
/// line per step. Idempotent: the same inputs give the same cells. A fourth quarter also computes
/// its year's annual indicators.
/// </summary>
internal static class StatsComputeCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var quarter = new Option<string?>("--quarter") { Description = "Trimestre à calculer, ex. 2026T3 (le T4 calcule aussi l'année)." };
        var year = new Option<int?>("--year") { Description = "Année dont calculer les indicateurs annuels (projets, tension, dynamisme des secteurs)." };
        var command = new Command("compute", "Calcule les indicateurs du marché du travail d'une période, sous secret statistique, et les enregistre.")
        {
            quarter, year,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var periods = Periods(result.GetValue(quarter), result.GetValue(year));
            var location = result.GetRequiredValue(store);
            var data = ReferenceData.LoadDefault();
            await using var offres = await CommandRunner.OpenStoreAsync(location, time, ct);
            var progress = new LineProgress(console, time);
            foreach (var period in periods)
            {
                var results = await StatisticsRun.RunAsync(location, offres, data, period, time, progress, ct);
                foreach (var run in results)
                    console.MarkupLineInterpolated($"[green]{run.Period}[/] : {run.Cells:N0} cellules publiées dont {run.Masked:N0} masquées ({run.Elapsed.TotalSeconds:F1} s).");
            }
            return 0;
        }));
        return command;
    }

    internal static List<StatPeriod> Periods(string? quarter, int? year)
    {
        if (quarter is null && year is null)
            throw new UserErrorException("Indiquez --quarter AAAAT1..T4 (ex. 2026T3) ou --year AAAA.");
        var periods = new List<StatPeriod>();
        if (quarter is not null)
        {
            var period = StatPeriod.Parse(quarter);
            if (period.Kind != Core.Statistics.PeriodKind.Quarter)
                throw new UserErrorException($"--quarter attend un trimestre comme 2026T3 (reçu « {quarter} »).");
            periods.Add(period);
        }
        if (year is { } y)
        {
            if (y is < 2000 or > 2100)
                throw new UserErrorException($"--year attend une année entre 2000 et 2100 (reçu {y}).");
            if (!periods.Any(p => p.Year == y && p.Quarter == 4))
                periods.Add(StatPeriod.OfYear(y));
        }
        return periods;
    }

    /// <summary>
    /// One console line per step, with the time since the start and the process's CPU time (user
    /// + system, all threads): on a shared machine the wall time depends on the others' load, the
    /// CPU time much less, and the difference between two lines is what the step cost. The
    /// resident memory at that moment tells which step holds the peak.
    /// </summary>
    private sealed class LineProgress(IAnsiConsole console, TimeProvider time) : IProgress<string>
    {
        private readonly long _start = time.GetTimestamp();

        public void Report(string value) =>
            console.MarkupLineInterpolated(
                $"[grey]{time.GetElapsedTime(_start).TotalSeconds,6:F1} s (CPU {Environment.CpuUsage.TotalTime.TotalSeconds,6:F1} s, {Environment.WorkingSet / (1024 * 1024),5:N0} Mio)[/] {value}");
    }
}
