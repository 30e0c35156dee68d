using System.CommandLine;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var command = new Command("stats", "Compte les offres par statut, source et département.")
        {
            Statistics.StatsGenerateCommand.Create(store, console, time),
            Statistics.StatsImportCommand.Create(store, console, time),
            Statistics.StatsComputeCommand.Create(store, console, time),
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var referenceData = ReferenceData.LoadDefault();
            await using var offres = await CommandRunner.OpenStoreAsync(location, time, ct);
            var statistics = await offres.GetStatisticsAsync(ct);
            var sources = (await offres.GetSourcesAsync(ct)).ToDictionary(s => s.Code, s => s.Nom, StringComparer.Ordinal);

            console.MarkupLineInterpolated($"[bold]{location.Display}[/] : {statistics.Total:N0} offres, {statistics.Tombstones:N0} supprimées, dernier changement n° {statistics.LastSequence:N0}.");
            console.Write(CountTable("Statut", statistics.ByStatus, code => code));
            console.Write(CountTable("Source", statistics.BySource, code => sources.TryGetValue(code, out var nom) ? $"{code} ({nom})" : code));
            console.Write(CountTable("Département", statistics.ByDepartement,
                code => referenceData.Geographie.DepartementByCode(code) is { } d ? $"{code} {d.Nom}" : code, sortByKey: true));
            return 0;
        }));
        return command;
    }

    private static Table CountTable(string title, IReadOnlyDictionary<string, long> counts, Func<string, string> label, bool sortByKey = false)
    {
        var table = new Table().AddColumn(title).AddColumn(new TableColumn("Offres").RightAligned());
        var rows = sortByKey
            ? counts.OrderBy(pair => pair.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(pair => pair.Value);
        foreach (var (key, value) in rows)
            table.AddRow(Markup.Escape(label(key)), value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        return table;
    }
}
