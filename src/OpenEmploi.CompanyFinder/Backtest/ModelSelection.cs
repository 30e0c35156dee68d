using OpenEmploi.CompanyFinder.Models;

namespace OpenEmploi.CompanyFinder.Backtest;

/// <summary>
/// Which model is published: a challenger only when the backtest shows it better than the anchor
/// and than every baseline on every figure (the first such challenger in the order given, the
/// preferred one first); otherwise the anchor. Either way the published model must beat every
/// baseline — <see cref="Choice.BeatsBaselines"/> says whether it did.
/// </summary>
public static class ModelSelection
{
    /// <summary>Half-years of hires every model needs before the cutoff (the anchor's eleven).</summary>
    public const int HistoryNeeded = AnchorLinearModel.HistoryNeeded > PoissonSizeHistoryModel.HistoryNeeded
        ? AnchorLinearModel.HistoryNeeded : PoissonSizeHistoryModel.HistoryNeeded;

    public static IReadOnlyList<IHiringPredictor> Baselines(int seed = 42) => [new HeadcountOnly(), new LastHalfYear(), new RandomOrder(seed)];

    /// <summary>The anchor, the challengers in order of preference, then the baselines: the report's rows.</summary>
    public static IReadOnlyList<IHiringPredictor> Contenders(IHiringPredictor anchor, params IReadOnlyList<IHiringPredictor> challengers)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(challengers);
        return [anchor, .. challengers, .. Baselines()];
    }

    /// <summary>The challengers the CLI backtests, the preferred first: size and history together, then the seasonal Poisson of the first version.</summary>
    public static IReadOnlyList<IHiringPredictor> Challengers() => [new PoissonSizeHistoryModel(), new PoissonSeasonalModel()];

    public static Choice Choose(BacktestReport report, IHiringPredictor anchor, params IReadOnlyList<IHiringPredictor> challengers)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(challengers);
        var baselines = Baselines().Select(b => b.Name).ToList();
        var winner = challengers.FirstOrDefault(c => report.BeatsEveryBaseline(c.Name, [.. baselines, anchor.Name]));
        var chosen = winner ?? anchor;
        return new Choice(chosen, winner is not null, report.BeatsEveryBaseline(chosen.Name, baselines));
    }

    public sealed record Choice(IHiringPredictor Model, bool ChallengerWon, bool BeatsBaselines);
}
