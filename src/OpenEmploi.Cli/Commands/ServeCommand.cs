using System.CommandLine;
using Microsoft.Extensions.Hosting;
using OpenEmploi.Storage;
using OpenEmploi.Web.Hosting;

namespace OpenEmploi.Cli.Commands;

internal static class ServeCommand
{
    public static Command Create(Option<StoreLocation> store)
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Adresse(s) d'écoute, séparées par « ; » (défaut http://localhost:5000).",
            DefaultValueFactory = _ => "http://localhost:5000",
        };
        var command = new Command("serve", "Démarre la plateforme : portail, API, tâches de fond.") { urls };
        command.SetAction(async (result, ct) =>
        {
            var location = result.GetRequiredValue(store);
            var app = await OpenEmploiHost.BuildAsync(
                [$"--urls={result.GetRequiredValue(urls)}", $"--OpenEmploi:Store={location.Setting}"]);
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
