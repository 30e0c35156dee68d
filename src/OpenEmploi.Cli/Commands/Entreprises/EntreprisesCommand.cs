using System.CommandLine;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Entreprises;

/// <summary>`openemploi entreprises`: the company finder's backtest and prediction (docs/company-finder.md).</summary>
internal static class EntreprisesCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time) =>
        new("entreprises", "Entreprises qui recrutent (« La Bonne Boîte ») : backtest et prédiction.")
        {
            BacktestCommand.Create(store, console, time),
            PredictCommand.Create(store, console, time),
        };
}
