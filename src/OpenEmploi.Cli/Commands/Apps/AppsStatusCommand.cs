using System.CommandLine;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Apps;

/// <summary>`apps suspend` and `apps activate`: the same command, towards one status or the other.</summary>
internal static class AppsStatusCommand
{
    public static Command Create(string name, ApplicationStatus status, Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var clientId = new Argument<string>("CLIENT_ID") { Description = "Identifiant client de l'application." };
        var description = status == ApplicationStatus.Suspended
            ? "Suspend une application : ses appels aux API sont refusés, ses identifiants restent."
            : "Réactive une application suspendue.";
        var command = new Command(name, description) { clientId };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var id = result.GetRequiredValue(clientId);
            return await AppsCommand.WithStoreAsync(location, time, async applications =>
            {
                if (!await applications.SetStatusAsync(id, status, ct))
                    throw AppsCommand.Unknown(id, location);
                if (status == ApplicationStatus.Active && (await applications.GetAsync(id, ct))?.IsRevoked == true)
                {
                    AppsCommand.WriteRaw(console, $"Application {id} active mais révoquée par son propriétaire : la révocation est définitive, elle reste sans accès.");
                    return 0;
                }
                // Serving nodes re-read an application within a minute (they keep it that long).
                AppsCommand.WriteRaw(console, status == ApplicationStatus.Suspended
                    ? $"Application {id} suspendue : ses appels aux API seront refusés d'ici une minute au plus."
                    : $"Application {id} réactivée.");
                return 0;
            }, ct);
        }));
        return command;
    }
}
