using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Statistics;
using OpenEmploi.Storage.Statistics.Import;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Statistics;

/// <summary>
/// `openemploi stats import TABLE FILE`: imports a CSV file (comma or semicolon, UTF-8) into one
/// input table, streaming; bad records are reported with line, column and value and skipped.
/// </summary>
internal static class StatsImportCommand
{
    private const int ShownErrors = 50;

    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var table = new Argument<string>("TABLE") { Description = "demandeurs, etablissements, effectifs, embauches, projets ou offres (colonnes : docs/statistics-inputs.md)." };
        table.AcceptOnlyFromAmong([.. StatisticsCsvImport.Tables]);
        var file = new Argument<string>("FICHIER") { Description = "Fichier CSV (UTF-8, séparateur virgule ou point-virgule, ligne d'en-tête)." };
        var command = new Command("import", "Importe un fichier de données réelles dans une table d'entrée des statistiques.") { table, file };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var name = result.GetRequiredValue(table);
            var path = result.GetRequiredValue(file);
            if (!File.Exists(path))
                throw new UserErrorException($"Fichier introuvable : {path}.");
            await using (await CommandRunner.OpenStoreAsync(location, time, ct))
            {
            }
            await using var inputs = StatisticsInputStoreFactory.Open(location);
            using var reader = new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            console.MarkupLineInterpolated($"Import de {path} dans la table {name} de {location.Display}…");
            var watch = Stopwatch.StartNew();
            StatisticsImportResult? outcome = null;
            await console.Status().StartAsync("Lecture…", async status =>
            {
                var progress = new StatusProgress(status);
                outcome = await StatisticsCsvImport.ImportAsync(inputs, name, reader, progress, ct);
            });
            Write(console, outcome!, watch.Elapsed);
            return 0;
        }));
        return command;
    }

    private static void Write(IAnsiConsole console, StatisticsImportResult outcome, TimeSpan elapsed)
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        foreach (var error in outcome.Errors.First.Take(ShownErrors))
            console.MarkupLineInterpolated($"[yellow]Refusé :[/] {error.ToString()}");
        if (outcome.Errors.Count > ShownErrors)
            console.MarkupLineInterpolated($"… et {(outcome.Errors.Count - ShownErrors).ToString("N0", french)} autres erreurs.");
        var table = new Table().AddColumn("Import " + outcome.Table).AddColumn(new TableColumn("Lignes").RightAligned());
        table.AddRow("lues", outcome.Read.ToString("N0", french));
        table.AddRow("ajoutées", outcome.Added.ToString("N0", french));
        table.AddRow("déjà présentes (ignorées)", outcome.AlreadyStored.ToString("N0", french));
        table.AddRow("refusées", outcome.Rejected.ToString("N0", french));
        console.Write(table);
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        console.MarkupLineInterpolated($"{outcome.Read:N0} lignes lues en {seconds:F1} s ({outcome.Read / seconds:N0}/s).");
    }

    private sealed class StatusProgress(StatusContext status) : IProgress<long>
    {
        public void Report(long value) => status.Status($"{value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"))} lignes enregistrées…");
    }
}
