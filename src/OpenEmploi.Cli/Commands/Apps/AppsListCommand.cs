using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Apps;

internal static class AppsListCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var json = new Option<bool>("--json") { Description = "Écrit la liste en JSON (un tableau), sans les empreintes des secrets." };
        var command = new Command("list", "Liste les applications, des plus anciennes aux plus récentes.") { json };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            return await AppsCommand.WithStoreAsync(location, time, async applications =>
            {
                var all = await applications.ListAsync(ct);
                if (result.GetValue(json))
                {
                    AppsCommand.WriteRaw(console, JsonSerializer.Serialize(all.Select(ListedApplication.Of), AppsCommand.Json));
                    return 0;
                }
                if (all.Count == 0)
                {
                    console.MarkupLineInterpolated($"Aucune application dans {location.Display}.");
                    return 0;
                }
                console.MarkupLineInterpolated($"{all.Count} application(s) dans {location.Display} :");
                foreach (var application in all)
                {
                    AppsCommand.WriteRaw(console, string.Create(CultureInfo.InvariantCulture,
                        $"{application.ClientId}  « {application.Name} »  {AppsCommand.Describe(application)}  "
                        + $"{application.QuotaPerSecond}/s (rafale {application.QuotaBurst})  {string.Join(' ', application.Scopes)}  "
                        + $"créée le {application.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC"));
                }
                return 0;
            }, ct);
        }));
        return command;
    }

    /// <summary>What `apps list --json` writes of an application: everything but the secret's hash.</summary>
    private sealed record ListedApplication(
        string ClientId, string Name, IReadOnlyList<string> Scopes, string Status,
        int QuotaPerSecond, int QuotaBurst, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
    {
        public static ListedApplication Of(ApiApplication application) => new(
            application.ClientId, application.Name, application.Scopes,
            application.IsTerminated ? "terminated" : application.IsRevoked ? "revoked" : application.Status == ApplicationStatus.Active ? "active" : "suspended",
            application.QuotaPerSecond, application.QuotaBurst, application.CreatedAt, application.UpdatedAt);
    }
}
