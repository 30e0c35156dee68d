using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Apps;

/// <summary>`openemploi apps …`: the developer applications of the API platform (create, quota, list, suspend, reinstate).</summary>
internal static class AppsCommand
{
    public const int MaxQuota = 10_000;

    /// <summary>Indented for people, unescaped accents: stdout of a CLI is not HTML.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time) =>
        new("apps", "Gère les applications des développeurs : identifiants, quotas, suspension, suivi des synchronisations.")
        {
            AppsCreateCommand.Create(store, console, time),
            AppsQuotaCommand.Create(store, console, time),
            AppsListCommand.Create(store, console, time),
            AppsStatusCommand.Suspend(store, console, time),
            AppsStatusCommand.Reinstate(store, console, time),
            AppsSyncStatusCommand.Create(store, console, time),
        };

    /// <summary>Runs <paramref name="body"/> on the base's application store, once the base is ready (as every command checks it).</summary>
    public static async Task<int> WithStoreAsync(
        StoreLocation location, TimeProvider time, Func<IApplicationStore, Task<int>> body, CancellationToken ct)
    {
        // Migrates the embedded store, refuses an outdated server store: the tables must exist.
        await using (await CommandRunner.OpenStoreAsync(location, time, ct))
        {
        }
        var applications = ApplicationStoreFactory.Open(location, time);
        try
        {
            return await body(applications);
        }
        finally
        {
            if (applications is IAsyncDisposable disposable)
                await disposable.DisposeAsync();
        }
    }

    /// <summary>A quota option (calls per second or burst), 1 to <see cref="MaxQuota"/>.</summary>
    public static Option<int?> QuotaOption(string name, string description, bool required = false)
    {
        var option = new Option<int?>(name) { Description = description, Required = required };
        option.Validators.Add(result =>
        {
            // A value that is not a number already has System.CommandLine's own error.
            if (result.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var value)
                && value is < 1 or > MaxQuota)
            {
                result.AddError($"{name} doit être compris entre 1 et {MaxQuota} (reçu {value}).");
            }
        });
        return option;
    }

    /// <summary>
    /// Writes a line as it is. Client ids and secrets are longer than a terminal line: Spectre would
    /// cut them with line breaks, which would then be copied with them.
    /// </summary>
    public static void WriteRaw(IAnsiConsole console, string line) => console.Profile.Out.Writer.WriteLine(line);

    /// <summary>Termination, then revocation (by the owner, on the developer platform) outrank the status: they are final.</summary>
    public static string Describe(ApiApplication application) =>
        application.IsTerminated ? "résiliée" : application.IsRevoked ? "révoquée" : application.Status == ApplicationStatus.Active ? "active" : "suspendue";

    public static UserErrorException Unknown(string clientId, StoreLocation location) =>
        new($"Aucune application « {clientId} » dans {location.Display} (voir « openemploi apps list »).");
}
