using System.CommandLine;
using OpenEmploi.Cli.Commands;
using OpenEmploi.Cli.Commands.Admin;
using OpenEmploi.Cli.Commands.Apps;
using OpenEmploi.Cli.Commands.Licence;
using OpenEmploi.Cli.Commands.Mirror;
using OpenEmploi.Cli.Commands.Sources;
using Spectre.Console;

namespace OpenEmploi.Cli;

/// <summary>The `openemploi` command: serve, seed, migrate, stats, apps, each with --store.</summary>
public static class OpenEmploiCommand
{
    public static RootCommand Create(IAnsiConsole console, TimeProvider time) => Create(console, time, Console.In);

    /// <summary>The command with its standard input given (tests pipe a password to admin create).</summary>
    public static RootCommand Create(IAnsiConsole console, TimeProvider time, TextReader input)
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
            AdminCommand.Create(store, console, time, input),
            LicenceCommand.Create(store, console, time),
            ImportCommand.Create(store, console, time),
            SourcesCommand.Create(store, console, time),
            ImportModerationCommand.Create(store, console, time),
            ImportExpireCommand.Create(store, console, time),
            MirrorCommand.Create(console, time),
            ExportCommand.Create(store, console, time),
            Commands.Entreprises.EntreprisesCommand.Create(store, console, time),
        };
        return root;
    }
}
