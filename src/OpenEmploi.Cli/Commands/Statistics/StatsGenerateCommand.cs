using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Statistics;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Statistics;

/// <summary>
/// `openemploi stats generate --scale S [--seed N] [--years 2024-2026] [--until AAAA-MM-JJ]`:
/// generates the statistical inputs at a scale (1 = national) and replaces those of the store
/// (the facts collected from the platform's own offers stay).
/// </summary>
internal static class StatsGenerateCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var scale = new Option<double>("--scale") { Description = "Échelle : 1 = national (6 millions d'inscrits), 0,001 pour un essai.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Graine (défaut 42) : même graine, mêmes données.", DefaultValueFactory = _ => 42 };
        var years = new Option<string?>("--years") { Description = "Années des demandeurs et des offres, AAAA-AAAA (défaut : les trois dernières). Embauches et effectifs : 7 ans au moins (ce que lit le backtest des entreprises qui recrutent), projets : 5." };
        var until = new Option<string?>("--until") { Description = "Dernier jour couvert, AAAA-MM-JJ (défaut : fin du mois précédent, ou fin de la dernière année)." };
        var command = new Command("generate", "Génère les données d'entrée des statistiques (demandeurs, établissements, effectifs, embauches, projets, offres).")
        {
            scale, seed, years, until,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var options = Options(result.GetValue(scale), result.GetValue(seed), result.GetValue(years), result.GetValue(until), time);
            var location = result.GetRequiredValue(store);
            await using (await CommandRunner.OpenStoreAsync(location, time, ct))
            {
            }
            var generator = new StatisticsGenerator(new GeneratorContext(ReferenceData.LoadDefault()), options);
            var streams = generator.Streams();
            await using var inputs = StatisticsInputStoreFactory.Open(location);
            console.MarkupLineInterpolated(
                $"Génération à l'échelle {options.Scale.ToString(CultureInfo.InvariantCulture)} (graine {options.Seed}) du {options.Start:yyyy-MM-dd} au {options.End:yyyy-MM-dd} dans {location.Display}…");
            var watch = Stopwatch.StartNew();
            StatisticsInputCountsView? added = null;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var expected = streams.Expected;
                    var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal)
                    {
                        ["demandeurs"] = context.AddTask("Demandeurs d'emploi", maxValue: Math.Max(1, expected.Episodes)),
                        ["etablissements"] = context.AddTask("Établissements", maxValue: Math.Max(1, expected.Establishments)),
                        ["effectifs"] = context.AddTask("Effectifs annuels", maxValue: Math.Max(1, expected.Headcounts)),
                        ["embauches"] = context.AddTask("Embauches mensuelles", maxValue: Math.Max(1, expected.Hires)),
                        ["projets"] = context.AddTask("Projets de recrutement", maxValue: Math.Max(1, expected.Projects)),
                        ["offres"] = context.AddTask("Offres enregistrées", maxValue: Math.Max(1, expected.Offers)),
                    };
                    var counts = await inputs.ReplaceAllAsync(streams, new TaskProgress(tasks), ct);
                    foreach (var task in tasks.Values)
                        task.Value = task.MaxValue;
                    added = new StatisticsInputCountsView(counts);
                });
            var table = new Table().AddColumn("Table").AddColumn(new TableColumn("Lignes").RightAligned());
            foreach (var (name, rows) in added!.Rows)
                table.AddRow(name, rows.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")));
            console.Write(table);
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
            console.MarkupLineInterpolated($"{added.Total:N0} lignes en {seconds:F1} s ({added.Total / seconds:N0} lignes/s).");
            return 0;
        }));
        return command;
    }

    /// <summary>The options from the command line, with defaults taken from today's date.</summary>
    internal static StatisticsGeneratorOptions Options(double scale, ulong seed, string? years, string? until, TimeProvider time)
    {
        if (!(scale > 0 && scale <= 10))
            throw new UserErrorException($"--scale doit être dans ]0 ; 10] (reçu {scale.ToString(CultureInfo.InvariantCulture)}).");
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        int first;
        int last;
        // Data stop at the end of the last complete month: the current month is not over.
        var lastComplete = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        if (years is null)
        {
            last = lastComplete.Year;
            first = last - 2;
        }
        else
        {
            var parts = years.Split('-');
            if (parts.Length is < 1 or > 2
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out first)
                || !int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out last)
                || first < 2000 || last > 2100 || first > last)
            {
                throw new UserErrorException($"--years invalide « {years} » : attendu AAAA-AAAA (ex. 2024-2026), années de 2000 à 2100 dans l'ordre.");
            }
        }
        DateOnly? end = null;
        if (until is not null)
        {
            if (!DateOnly.TryParseExact(until, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year != last)
                throw new UserErrorException($"--until invalide « {until} » : attendu AAAA-MM-JJ dans l'année {last}.");
            end = day;
        }
        else if (last == today.Year)
        {
            if (lastComplete.Year != last)
                throw new UserErrorException($"L'année {last} n'a pas encore de mois complet : choisissez --years jusqu'à {last - 1} ou donnez --until.");
            end = lastComplete;
        }
        return new StatisticsGeneratorOptions(scale, seed, first, last, end);
    }

    private sealed class TaskProgress(IReadOnlyDictionary<string, ProgressTask> tasks) : IProgress<StatisticsLoadProgress>
    {
        public void Report(StatisticsLoadProgress value)
        {
            var task = tasks[value.Table];
            // Drawn counts (hires, projects) may exceed their estimate: the bar then stays full.
            if (value.Rows > task.MaxValue)
                task.MaxValue = value.Rows;
            task.Value = value.Rows;
        }
    }
}

/// <summary>Rows per input table with their French names, for summaries.</summary>
internal sealed class StatisticsInputCountsView(Core.Statistics.StatisticsInputCounts counts)
{
    public IEnumerable<(string Name, long Rows)> Rows =>
    [
        ("demandeurs (épisodes d'inscription)", counts.Episodes), ("etablissements", counts.Establishments), ("effectifs", counts.Headcounts),
        ("embauches", counts.Hires), ("projets", counts.Projects), ("offres", counts.Offers),
    ];

    public long Total => counts.Total;
}
