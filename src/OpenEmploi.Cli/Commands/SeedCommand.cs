using System.CommandLine;
using System.Diagnostics;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.DemoData;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands;

internal static class SeedCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var offers = new Option<int>("--offers") { Description = "Nombre d'offres à générer.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Graine du générateur (défaut 42) : même graine, mêmes offres.", DefaultValueFactory = _ => 42 };
        var append = new Option<bool>("--append") { Description = "Ajoute à une base qui contient déjà des offres." };
        offers.Validators.Add(result =>
        {
            // A value that is not a number already has System.CommandLine's own error.
            if (result.Tokens is [var token] && int.TryParse(token.Value, System.Globalization.CultureInfo.InvariantCulture, out var count) && count <= 0)
                result.AddError($"--offers doit être un entier strictement positif (reçu {count}).");
        });

        var command = new Command("seed", "Génère des offres réalistes et les enregistre.") { offers, seed, append };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var location = result.GetRequiredValue(store);
            var count = result.GetValue(offers);
            var referenceData = ReferenceData.LoadDefault();
            await using var offres = await CommandRunner.OpenStoreAsync(location, time, ct);
            var seeder = new OffreSeeder(offres, referenceData, time);
            var request = new SeedRequest(count, result.GetValue(seed), result.GetValue(append));

            var watch = Stopwatch.StartNew();
            SeedResult? outcome = null;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Offres générées et enregistrées", maxValue: count);
                    outcome = await seeder.SeedAsync(request, new ProgressTaskReporter(task), ct);
                    task.Value = count;
                });
            var seconds = Math.Max(watch.Elapsed.TotalSeconds, 0.001);
            console.MarkupLineInterpolated(
                $"{outcome!.Inserted:N0} offres ajoutées en {seconds:F1} s ({outcome.Inserted / seconds:N0} offres/s) ; {outcome.OffersInStore:N0} offres dans {location.Display}.");
            return 0;
        }));
        return command;
    }

    private sealed class ProgressTaskReporter(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = value;
    }
}
