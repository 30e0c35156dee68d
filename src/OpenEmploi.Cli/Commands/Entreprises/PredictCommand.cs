using System.CommandLine;
using OpenEmploi.CompanyFinder.Affinity;
using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Backtest;
using OpenEmploi.CompanyFinder.Prediction;
using OpenEmploi.CompanyFinder.Scoring;
using OpenEmploi.Storage;
using OpenEmploi.Storage.CompanyFinder;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Entreprises;

/// <summary>
/// `openemploi entreprises predict`: backtests on the last six known months to choose the model
/// (the challenger only where it wins), refuses to publish one that does not beat every baseline,
/// then predicts the next six months from everything known and stores the scores (schema 15).
/// </summary>
internal static class PredictCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var synthetic = FinderInputs.Synthetic();
        var seed = FinderInputs.Seed();
        var command = new Command("predict", "Calcule et enregistre les scores des établissements (global et par métier) pour les six prochains mois.")
        {
            synthetic, seed,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var current = FinderInputs.CurrentMonth(time);
            var (inputs, owned) = FinderInputs.Open(result.GetValue(synthetic), result.GetValue(seed), current, result.GetRequiredValue(store));
            await using var _ = owned;
            var (report, anchor, choice) = await BacktestCommand.RunAsync(inputs, current, ct);
            BacktestCommand.Print(console, report, anchor, choice);
            if (!choice.BeatsBaselines)
                throw new UserErrorException("Le modèle retenu ne bat pas tous les témoins : rien n'est publié.");

            var data = await HiringDataLoader.LoadAsync(inputs, current, ModelSelection.HistoryNeeded, withActuals: false, ct);
            FinderInputs.RequireHistory(data);
            // The survey of the year before: the current year's is published in spring.
            var tension = await TensionShares.LoadAsync(inputs, current.Year - 1, ct);
            var companies = await CompanyPrediction.ScoreAsync(inputs, data, choice.Model, new ListingThresholds(tension), ct);
            await using (var offres = await CommandRunner.OpenStoreAsync(result.GetRequiredValue(store), time, ct))
            {
                // Opening the offer store checks the schema is migrated (schema 15 included).
            }
            await using var finder = CompanyFinderStoreFactory.Open(result.GetRequiredValue(store), time);
            var run = await finder.PublishPredictionAsync(choice.Model.Name, current, companies, ct);
            console.MarkupLineInterpolated(
                $"Prédiction n° {run.Id} enregistrée : {run.Establishments:N0} établissements listés ({choice.Model.Name}, embauches vues jusqu'à {current.AddMonths(-1):yyyy-MM}).");
            return 0;
        }));
        return command;
    }
}
