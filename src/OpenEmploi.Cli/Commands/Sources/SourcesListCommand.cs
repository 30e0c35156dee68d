using System.CommandLine;
using System.Text.Json;
using OpenEmploi.Cli.Commands.Apps;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Sources;

internal static class SourcesListCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var json = new Option<bool>("--json") { Description = "Écrit la liste en JSON (un tableau)." };
        var command = new Command("list", "Liste les sources.") { json };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, () =>
            SourcesCommand.WithStoreAsync(result.GetRequiredValue(store), time, async ingestion =>
            {
                var all = await ingestion.ListSourcesAsync(ct);
                if (result.GetValue(json))
                {
                    AppsCommand.WriteRaw(console, JsonSerializer.Serialize(all.Select(Listed.Of), AppsCommand.Json));
                    return 0;
                }
                var table = new Table().AddColumns("code", "nom", "type", "multidiffusion", "flux", "format", "fréquence");
                foreach (var s in all)
                {
                    table.AddRow(Markup.Escape(s.Code), Markup.Escape(s.Source.Nom), s.Kind == SourceSettings.Platform ? "plateforme" : "partenaire",
                        s.MultiDiffusion ? "oui" : "non", Markup.Escape(s.FeedLocation ?? "—"), s.FeedFormat ?? "—",
                        s.ScheduleMinutes is { } m ? $"toutes les {m} min" : "à la main");
                }
                console.Write(table);
                return 0;
            }, ct)));
        return command;
    }

    internal sealed record Listed(string Code, string Name, string? Url, string? Logo, string Kind, bool Consent, string? Feed, string? Format, int? EveryMinutes)
    {
        public static Listed Of(SourceSettings s) =>
            new(s.Code, s.Source.Nom, s.Source.Url, s.Source.Logo, s.Kind, s.MultiDiffusion, s.FeedLocation, s.FeedFormat, s.ScheduleMinutes);
    }
}
