using System.CommandLine;
using System.Security.Cryptography;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Accounts;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Admin;

/// <summary>`openemploi admin create --email … [--password-stdin]`: an operator account of the developer platform.</summary>
internal static class AdminCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time, TextReader input) =>
        new("admin", "Gère les comptes opérateurs de la plateforme des développeurs.")
        {
            CreateOperator(store, console, time, input),
        };

    private static Command CreateOperator(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time, TextReader input)
    {
        var email = new Option<string>("--email") { Description = "Adresse électronique de l'opérateur (son identifiant de connexion).", Required = true };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Lit le mot de passe sur l'entrée standard (première ligne). Sans cette option, un mot de passe est généré et affiché une fois.",
        };
        var command = new Command("create", "Crée un compte opérateur, adresse déjà confirmée.") { email, passwordStdin };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var generated = !result.GetValue(passwordStdin);
            var password = generated ? Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)) : (await input.ReadLineAsync(ct))?.TrimEnd('\r');
            if (string.IsNullOrEmpty(password))
                throw new UserErrorException("--password-stdin : aucun mot de passe lu sur l'entrée standard.");
            await using (await CommandRunner.OpenStoreAsync(location, time, ct))
            {
            }
            await using var developers = DeveloperStore.Open(location, time);
            var account = await OperatorAccounts.CreateAsync(developers.Accounts, time, result.GetRequiredValue(email), password, ct);
            console.MarkupLineInterpolated($"Compte opérateur {account.Email} créé dans {location.Display}.");
            if (generated)
            {
                Apps.AppsCommand.WriteRaw(console, "Mot de passe : " + password);
                console.MarkupLine("[yellow]Attention :[/] ce mot de passe ne sera plus affiché. Changez-le avec « Mot de passe oublié » si besoin.");
            }
            return 0;
        }));
        return command;
    }
}
