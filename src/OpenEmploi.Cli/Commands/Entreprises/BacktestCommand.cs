using System.CommandLine;
using System.Globalization;
using OpenEmploi.CompanyFinder.Backtest;
using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Models;
using OpenEmploi.Storage;
using Spectre.Console;

namespace OpenEmploi.Cli.Commands.Entreprises;

/// <summary>
/// `openemploi entreprises backtest [--as-of AAAA-MM]`: the models and the baselines see the hires
/// before T − 6 months, predict the six months before T, and are compared with what happened.
/// </summary>
internal static class BacktestCommand
{
    public static Command Create(Option<StoreLocation> store, IAnsiConsole console, TimeProvider time)
    {
        var asOf = new Option<string?>("--as-of") { Description = "Mois T (AAAA-MM) : évalue les six mois qui le précèdent ; défaut : le mois courant." };
        var synthetic = FinderInputs.Synthetic();
        var seed = FinderInputs.Seed();
        var command = new Command("backtest", "Compare le modèle de référence, les challengers et les témoins sur les six derniers mois connus.")
        {
            asOf, synthetic, seed,
        };
        command.SetAction((result, ct) => CommandRunner.RunAsync(console, async () =>
        {
            var current = FinderInputs.CurrentMonth(time);
            var t = result.GetValue(asOf) is { } text ? FinderInputs.ParseMonth(text, "--as-of") : current;
            if (t > current)
                throw new UserErrorException($"--as-of {t:yyyy-MM} : les embauches de ce mois ne sont pas encore connues (mois courant {current:yyyy-MM}).");
            var (inputs, owned) = FinderInputs.Open(result.GetValue(synthetic), result.GetValue(seed), current, result.GetRequiredValue(store));
            await using var _ = owned;
            var report = await RunAsync(inputs, t, ct);
            Print(console, report.Report, report.Anchor, report.Choice);
            return report.Choice.BeatsBaselines ? 0 : 2;
        }));
        return command;
    }

    public static async Task<(BacktestReport Report, AnchorLinearModel Anchor, ModelSelection.Choice Choice)> RunAsync(
        OpenEmploi.Core.Statistics.IStatisticsInputs inputs, DateOnly asOf, CancellationToken ct)
    {
        var seenUntil = asOf.AddMonths(-6);
        var data = await HiringDataLoader.LoadAsync(inputs, seenUntil, ModelSelection.HistoryNeeded, withActuals: true, ct);
        if (data.Establishments.Count == 0)
            throw new UserErrorException(
                $"Aucun établissement en activité le {seenUntil:yyyy-MM-dd} dans les données statistiques : générez-les (openemploi stats generate) "
                + "ou importez les établissements, effectifs et embauches (openemploi stats import etablissements|effectifs|embauches FICHIER), ou essayez --synthetique N.");
        FinderInputs.RequireHistory(data);
        var anchor = new AnchorLinearModel();
        var challengers = ModelSelection.Challengers();
        var report = BacktestRunner.Run(data, ModelSelection.Contenders(anchor, challengers));
        return (report, anchor, ModelSelection.Choose(report, anchor, challengers));
    }

    public static void Print(IAnsiConsole console, BacktestReport report, AnchorLinearModel anchor, ModelSelection.Choice choice)
    {
        console.MarkupLineInterpolated(
            $"[bold]Backtest[/] : {report.Establishments:N0} établissements, embauches vues jusqu'à {report.SeenUntil.AddMonths(-1):yyyy-MM}, comparées à celles de {report.EvaluatedFrom:yyyy-MM} à {report.EvaluatedFrom.AddMonths(5):yyyy-MM}.");
        var table = new Table()
            .AddColumn("Modèle")
            .AddColumn(new TableColumn("P@10 dép.").RightAligned())
            .AddColumn(new TableColumn("P@100 dép.").RightAligned())
            .AddColumn(new TableColumn("P@10 dép.×métier").RightAligned())
            .AddColumn(new TableColumn("P@100 dép.×métier").RightAligned())
            .AddColumn(new TableColumn("Corrélation de rang").RightAligned());
        foreach (var p in report.Predictors)
            table.AddRow(Markup.Escape(p.Name), Cell(p.PrecisionAt10), Cell(p.PrecisionAt100), Cell(p.OccupationPrecisionAt10), Cell(p.OccupationPrecisionAt100), Cell(p.RankCorrelation));
        console.Write(table);
        var fallbacks = anchor.Decisions.Where(d => d.Value.Source != ModelSource.Departement).ToList();
        console.MarkupLineInterpolated($"Ancre : {anchor.Decisions.Count - fallbacks.Count} départements avec leur propre régression, {fallbacks.Count} repliés (contrôles de sécurité).");
        foreach (var (departement, decision) in fallbacks.OrderBy(d => d.Key, StringComparer.Ordinal).Take(10))
            console.MarkupLineInterpolated($"  {departement} → {(decision.Source == ModelSource.National ? "modèle national" : "dernier semestre")} : {decision.Refusal}");
        console.MarkupLineInterpolated(
            $"Modèle retenu : [bold]{choice.Model.Name}[/]{(choice.ChallengerWon ? " (ce challenger bat l'ancre et les témoins sur tous les indicateurs)" : " (aucun challenger ne bat l'ancre et les témoins sur tous les indicateurs)")}.");
        if (choice.BeatsBaselines)
            console.MarkupLine("Il bat chaque témoin sur chaque indicateur.");
        else
            console.MarkupLine("[red]Il ne bat pas chaque témoin sur chaque indicateur : ne pas publier.[/]");
    }

    private static string Cell(MeanMetric metric) =>
        metric.Value is { } v ? string.Create(CultureInfo.InvariantCulture, $"{v:0.000} ({metric.Groups})") : "—";
}
