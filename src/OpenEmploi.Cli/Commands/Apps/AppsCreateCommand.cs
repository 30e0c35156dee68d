using System.CommandLine;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Apps;

internal static class AppsCreateCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var name = new Option<string>("--name") { Description = "Nom de l'application.", Required = true };
        var scopes = new Option<string>("--scopes")
        {
            Description = $"Scopes accordés, séparés par des espaces (ex. « {string.Join(' ', ApiScopes.OffresApi)} »).",
            Required = true,
        };
        var perSecond = AppsCommand.QuotaOption("--per-second", $"Appels par seconde (défaut {ApiApplication.DefaultQuotaPerSecond}).");
        var burst = AppsCommand.QuotaOption("--burst", "Rafale : appels consécutifs tolérés (défaut : la valeur de --per-second).");
        var json = new Option<bool>("--json") { Description = "Écrit {\"clientId\", \"clientSecret\"} en JSON, et rien d'autre." };

        var command = new Command("create", "Crée une application active et affiche son identifiant et son secret (une seule fois).")
        {
            name, scopes, perSecond, burst, json,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var applicationName = result.GetRequiredValue(name).Trim();
            if (applicationName.Length == 0)
                throw new UserErrorException("--name ne peut pas être vide.");
            var granted = ParseScopes(result.GetRequiredValue(scopes));
            var rate = result.GetValue(perSecond) ?? ApiApplication.DefaultQuotaPerSecond;
            var now = time.GetUtcNow();
            var secret = ClientCredentials.NewSecret();
            var application = new ApiApplication(
                ClientCredentials.NewClientId(applicationName), applicationName, ClientCredentials.HashSecret(secret), granted,
                ApplicationStatus.Active, rate, result.GetValue(burst) ?? rate, now, now);

            return await AppsCommand.WithStoreAsync(location, time, async applications =>
            {
                await applications.CreateAsync(application, ct);
                if (result.GetValue(json))
                {
                    AppsCommand.WriteRaw(console, JsonSerializer.Serialize(new CreatedApplication(application.ClientId, secret), AppsCommand.Json));
                    return 0;
                }
                console.MarkupLineInterpolated(
                    $"Application « {application.Name} » créée : active, {application.QuotaPerSecond} appels/s (rafale {application.QuotaBurst}), scopes {string.Join(' ', granted)}.");
                AppsCommand.WriteRaw(console, "Identifiant client : " + application.ClientId);
                AppsCommand.WriteRaw(console, "Secret client      : " + secret);
                console.MarkupLine("[yellow]Attention :[/] ce secret ne sera plus jamais affiché (seule son empreinte est enregistrée). Conservez-le maintenant.");
                return 0;
            }, ct);
        }));
        return command;
    }

    /// <summary>Space- (or comma-) separated, repeated scopes once; every one must be known.</summary>
    private static List<string> ParseScopes(string text)
    {
        var scopes = text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var known = string.Join(", ", ApiScopes.Known.Order(StringComparer.Ordinal));
        if (scopes.Count == 0)
            throw new UserErrorException($"Indiquez au moins un scope avec --scopes. Scopes connus : {known}.");
        var unknown = scopes.Where(scope => !ApiScopes.Known.Contains(scope)).ToList();
        if (unknown.Count > 0)
            throw new UserErrorException($"Scope(s) inconnu(s) : {string.Join(", ", unknown)}. Scopes connus : {known}.");
        return scopes;
    }

    private sealed record CreatedApplication(string ClientId, string ClientSecret);
}
