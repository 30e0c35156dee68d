using System.CommandLine;
using OpenEmploi.Mirror;
using OpenEmploi.Mirror.Feed;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Mirror;

/// <summary>
/// `openemploi mirror`: the reusers' reference mirror of the sync feed (docs/sync-api.md). Takes a
/// snapshot, follows the changes until caught up (with --follow, keeps polling), and resumes exactly
/// after any interruption.
/// </summary>
internal static class MirrorCommand
{
    /// <summary>Read when --client-secret is absent, so the secret need not appear in the process list.</summary>
    public const string SecretVariable = "OPENEMPLOI_CLIENT_SECRET";

    public static Command Create(IAnsiConsole console, TimeProvider time)
    {
        var from = new Option<string>("--from") { Description = "Adresse de la plateforme (ex. https://openemploi.example.org).", Required = true };
        var clientId = new Option<string>("--client-id") { Description = "Identifiant client d'une application ayant le scope api_offresdemploisyncv1.", Required = true };
        var clientSecret = new Option<string?>("--client-secret") { Description = $"Son secret (défaut : la variable d'environnement {SecretVariable})." };
        var into = new Option<StoreLocation>("--into")
        {
            Description = "Base miroir : sqlite:CHEMIN ou postgres:CHAINE-DE-CONNEXION (créée au besoin).",
            Required = true,
            CustomParser = result =>
            {
                try
                {
                    return StoreLocation.Parse(result.Tokens[^1].Value);
                }
                catch (FormatException error)
                {
                    result.AddError("--into : " + error.Message);
                    return null;
                }
            },
        };
        var departement = ListOption("--departement", "Départements (75, 2A, 971…), séparés par des virgules.");
        var region = ListOption("--region", "Régions (codes INSEE : 11, 84…), séparées par des virgules.");
        var rome = ListOption("--rome", "Codes ROME (M1805…), séparés par des virgules.");
        var follow = new Option<bool>("--follow") { Description = "Une fois à jour, continue d'interroger la plateforme toutes les --interval secondes." };
        var interval = PositiveOption("--interval", 60, "Secondes entre deux interrogations avec --follow (défaut 60 ; la licence demande au moins toutes les 24 h).", 86_400);
        var pageSize = PositiveOption("--page-size", 5_000, "Événements demandés par page (1 à 10 000, défaut 5 000).", 10_000);

        var command = new Command("mirror", "Tient une copie exacte des offres (ou d'une partie filtrée) à partir du flux de synchronisation.")
        {
            from, clientId, clientSecret, into, departement, region, rome, follow, interval, pageSize,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var secret = result.GetValue(clientSecret) ?? Environment.GetEnvironmentVariable(SecretVariable);
            if (string.IsNullOrEmpty(secret))
                throw new UserErrorException($"Indiquez le secret de l'application : --client-secret, ou la variable d'environnement {SecretVariable}.");
            var text = result.GetRequiredValue(from);
            if (!Uri.TryCreate(text, UriKind.Absolute, out var source) || source.Scheme is not ("http" or "https"))
                throw new UserErrorException($"--from attend une adresse http(s) absolue (ex. https://openemploi.example.org), pas « {text} ».");
            var options = new MirrorOptions(source, result.GetRequiredValue(clientId), secret, result.GetRequiredValue(into))
            {
                Filter = new MirrorFilter(result.GetValue(departement) ?? [], result.GetValue(region) ?? [], result.GetValue(rome) ?? []),
                Follow = result.GetValue(follow),
                Interval = TimeSpan.FromSeconds(result.GetValue(interval)),
                PageSize = result.GetValue(pageSize),
            };
            return await RunAsync(options, console, time, ct);
        }));
        return command;
    }

    private static async Task<int> RunAsync(MirrorOptions options, IAnsiConsole console, TimeProvider time, CancellationToken ct)
    {
        var filter = options.Filter.QueryString;
        console.MarkupLineInterpolated($"Miroir de {options.Source} dans {options.Into.Display}{(filter.Length == 0 ? "" : " (filtre " + filter + ")")}.");
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.GZip })
        {
            // A snapshot of a million offers streams for a while: the timeout covers the wait for headers only.
            Timeout = TimeSpan.FromMinutes(2),
        };
        var mirror = new OpenEmploi.Mirror.Mirror(options, http, new ConsoleMirrorProgress(console), time);
        try
        {
            var state = await mirror.RunAsync(ct);
            console.MarkupLineInterpolated($"À jour : curseur {state.Cursor}, tête du journal {state.Head}.");
            return 0;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Whatever was not committed is dropped by its transaction: the next run resumes at the last commit.
            console.MarkupLine("Interrompu : la base miroir reste cohérente ; relancez la même commande pour reprendre.");
            return options.Follow ? 0 : 130;
        }
        catch (FeedRefusedException refused)
        {
            throw new UserErrorException(refused.Message);
        }
    }

    private static Option<string[]> ListOption(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => [.. result.Tokens
            .SelectMany(token => token.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Distinct(StringComparer.Ordinal)],
    };

    private static Option<int> PositiveOption(string name, int fallback, string description, int max)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => fallback };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is var value && (value < 1 || value > max))
                result.AddError($"{name} doit être compris entre 1 et {max} (reçu {value}).");
        });
        return option;
    }
}
