using System.CommandLine;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Apps;

internal static class AppsQuotaCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var clientId = new Argument<string>("CLIENT_ID") { Description = "Identifiant client de l'application." };
        var perSecond = AppsCommand.QuotaOption("--per-second", "Appels par seconde.", required: true);
        // A burst below the rate would throttle steady callers: by default it follows the rate.
        var burst = AppsCommand.QuotaOption("--burst", "Rafale : appels consécutifs tolérés (défaut : la valeur de --per-second).");

        var command = new Command("quota", "Change le quota d'appels d'une application.") { clientId, perSecond, burst };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var id = result.GetRequiredValue(clientId);
            var rate = result.GetValue(perSecond) ?? throw new UserErrorException("--per-second est obligatoire.");
            var size = result.GetValue(burst) ?? rate;
            return await AppsCommand.WithStoreAsync(location, time, async applications =>
            {
                if (!await applications.SetQuotaAsync(id, rate, size, ct))
                    throw AppsCommand.Unknown(id, location);
                AppsCommand.WriteRaw(console, $"Quota de {id} : {rate} appels par seconde, rafale {size}.");
                return 0;
            }, ct);
        }));
        return command;
    }
}
