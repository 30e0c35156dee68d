using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage.Ingestion;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

/// <summary>The French summary table of an import run.</summary>
internal static class ImportSummary
{
    public static void Write(IAnsiConsole console, ImportResult result)
    {
        var c = result.Counters;
        var table = new Table().AddColumn("Import n° " + result.RunId).AddColumn(new TableColumn("Nombre").RightAligned());
        foreach (var (label, value) in Rows(c))
            table.AddRow(label, value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")));
        console.Write(table);
        var seconds = Math.Max(result.Elapsed.TotalSeconds, 0.001);
        console.MarkupLineInterpolated(
            $"{c.Read:N0} enregistrements en {seconds:F1} s ({c.Read / seconds:N0}/s), dont {result.LoadTime.TotalSeconds:F1} s de chargement de l'index ({result.LoadedMembers:N0} offres).");
    }

    public static IEnumerable<(string Label, long Value)> Rows(ImportCounters c) =>
    [
        ("lus", c.Read), ("créés", c.Created), ("mis à jour", c.Updated), ("inchangés", c.Unchanged),
        ("supprimés (absents du flux complet)", c.Deleted), ("rejetés (normalisation)", c.Rejected),
        ("bloqués (code du travail)", c.Blocked), ("en attente de modération", c.Held),
        ("fusionnés comme doublons", c.Duplicates), ("erreurs de lecture", c.Errors),
    ];
}
