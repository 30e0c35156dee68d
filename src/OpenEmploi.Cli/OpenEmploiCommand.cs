using System.CommandLine;
using OpenEmploi.Cli.Commands;
using OpenEmploi.Cli.Commands.Apps;
using OpenEmploi.Cli.Commands.Sources;
using Spectre.Console;

namespace OpenEmploi.Cli;

/// <summary>The `openemploi` command: serve, seed, migrate, stats, apps, each with --store.</summary>
public static class OpenEmploiCommand
{
    public static RootCommand Create(IAnsiConsole console, TimeProvider time)
    {
        var store = CommonOptions.Store();
        var root = new RootCommand("OpenEmploi : plateforme ouverte des offres d'emploi.")
        {
            store,
            ServeCommand.Create(store),
            SeedCommand.Create(store, console, time),
            MigrateCommand.Create(store, console, time),
            StatsCommand.Create(store, console, time),
            AppsCommand.Create(store, console, time),
            ImportCommand.Create(store, console, time),
            SourcesCommand.Create(store, console, time),
            ImportModerationCommand.Create(store, console, time),
            ImportExpireCommand.Create(store, console, time),
            ExportCommand.Create(store, console, time),
        };
        return root;
    }
}
