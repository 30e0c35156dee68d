using System.CommandLine;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var command = new Command("migrate", "Applique les migrations de schéma en attente.");
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            await using var offres = OffreStoreFactory.Open(location, time);
            var applied = await offres.MigrateAsync(ct);
            var version = await offres.GetSchemaVersionAsync(ct);
            console.MarkupLineInterpolated($"{location.Display} : {applied} migration(s) appliquée(s), schéma en version {version}.");
            return 0;
        }));
        return command;
    }
}
