using System.CommandLine;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Licence;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Apps;

/// <summary>
/// `apps suspend CLIENT_ID --reason R` and `apps reinstate CLIENT_ID` (alias `activate`): licence
/// article 9 from the command line, as the operator's page does it: journaled, and the owner of an
/// application that came from an access request is told by e-mail (through the outbox).
/// </summary>
internal static class AppsStatusCommand
{
    public static Command Suspend(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var clientId = new Argument<string>("CLIENT_ID") { Description = "Identifiant client de l'application." };
        var reason = new Option<string>("--reason") { Description = "Motif de la suspension, transmis au propriétaire de l'application.", Required = true };
        var command = new Command("suspend", "Suspend une application avec un motif : ses appels aux API sont refusés, ses identifiants restent.")
        {
            clientId, reason,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, () => WithEnforcementAsync(result.GetRequiredValue(store), time,
            result.GetRequiredValue(clientId), async (enforcement, id) =>
            {
                if (await enforcement.SuspendAsync(id, result.GetRequiredValue(reason), null, ct) is { } error)
                    throw new UserErrorException(error);
                // Serving nodes re-read an application within a minute (they keep it that long).
                AppsCommand.WriteRaw(console, $"Application {id} suspendue : ses appels aux API seront refusés d'ici une minute au plus.");
                return 0;
            }, ct)));
        return command;
    }

    public static Command Reinstate(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var clientId = new Argument<string>("CLIENT_ID") { Description = "Identifiant client de l'application." };
        var command = new Command("reinstate", "Rétablit l'accès d'une application suspendue.") { clientId };
        command.Aliases.Add("activate");
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, () => WithEnforcementAsync(result.GetRequiredValue(store), time,
            result.GetRequiredValue(clientId), async (enforcement, id) =>
            {
                if (await enforcement.ReinstateAsync(id, null, ct) is { } error)
                    throw new UserErrorException(error);
                AppsCommand.WriteRaw(console, $"Application {id} réactivée : ses appels aux API sont à nouveau acceptés.");
                return 0;
            }, ct)));
        return command;
    }

    private static Task<int> WithEnforcementAsync(
        StoreLocation location, TimeProvider time, string clientId, Func<LicenceEnforcement, string, Task<int>> body, CancellationToken ct) =>
        AppsCommand.WithStoreAsync(location, time, async applications =>
        {
            var application = await applications.GetAsync(clientId, ct) ?? throw AppsCommand.Unknown(clientId, location);
            if (application.IsRevoked && !application.IsTerminated)
                throw new UserErrorException($"Application {clientId} révoquée par son propriétaire : la révocation est définitive, elle reste sans accès.");
            await using var developers = DeveloperStore.Open(location, time);
            var enforcement = new LicenceEnforcement(
                developers.Enforcement, applications, developers.AccessRequests, developers.Accounts, time);
            return await body(enforcement, clientId);
        }, ct);
}
