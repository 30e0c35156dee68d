using System.CommandLine;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Sources;

internal static class SourcesShowCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var code = new Argument<string>("CODE");
        var command = new Command("show", "Montre une source et ses derniers imports.") { code };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, () =>
            SourcesCommand.WithStoreAsync(result.GetRequiredValue(store), time, async ingestion =>
            {
                var value = result.GetRequiredValue(code).Trim().ToUpperInvariant();
                var s = await ingestion.GetSourceAsync(value, ct) ?? throw new UserErrorException($"Source inconnue « {value} ».");
                console.MarkupLineInterpolated($"{s.Code} « {s.Source.Nom} » ({s.Kind}) — site {s.Source.Url ?? "—"}, logo {s.Source.Logo ?? "—"}");
                console.MarkupLineInterpolated($"multidiffusion : {(s.MultiDiffusion ? "oui" : "non")} ; flux : {s.FeedLocation ?? "—"} ({s.FeedFormat ?? "format deviné"}) ; {(s.ScheduleMinutes is { } m ? $"toutes les {m} min" : "import à la main")}");
                var runs = await ingestion.ListRunsAsync(value, 10, ct);
                if (runs.Count == 0)
                {
                    console.MarkupLine("Aucun import.");
                    return 0;
                }
                var table = new Table().AddColumns("n°", "début (UTC)", "statut", "complet", "lus", "créés", "mis à jour", "inchangés", "supprimés", "rejetés", "bloqués", "en attente", "doublons", "erreurs");
                foreach (var r in runs)
                {
                    var c = r.Counters;
                    table.AddRow([$"{r.Id}", $"{r.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm}", r.Status, r.FullFeed ? "oui" : "non",
                        $"{c.Read}", $"{c.Created}", $"{c.Updated}", $"{c.Unchanged}", $"{c.Deleted}", $"{c.Rejected}", $"{c.Blocked}", $"{c.Held}", $"{c.Duplicates}", $"{c.Errors}"]);
                }
                console.Write(table);
                return 0;
            }, ct)));
        return command;
    }
}
