using OpenEmploi.CompanyFinder.Models;

namespace OpenEmploi.CompanyFinder.Backtest;

/// <summary>
/// Which model is published: the challenger only when the backtest shows it better than the anchor
/// and than every baseline on every figure; otherwise the anchor. Either way the published model
/// must beat every baseline — <see cref="Choice.BeatsBaselines"/> says whether it did.
/// </summary>
public static class ModelSelection
{
    public static IReadOnlyList<IHiringPredictor> Baselines(int seed = 42) => [new HeadcountOnly(), new LastHalfYear(), new RandomOrder(seed)];

    /// <summary>Models then baselines, in the report's order.</summary>
    public static IReadOnlyList<IHiringPredictor> Contenders(AnchorLinearModel anchor, PoissonSeasonalModel challenger) =>
        [anchor, challenger, .. Baselines()];

    public static Choice Choose(BacktestReport report, IHiringPredictor anchor, IHiringPredictor challenger)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(anchor);
        ArgumentNullException.ThrowIfNull(challenger);
        var baselines = Baselines().Select(b => b.Name).ToList();
        var challengerWins = report.BeatsEveryBaseline(challenger.Name, [.. baselines, anchor.Name]);
        var chosen = challengerWins ? challenger : anchor;
        return new Choice(chosen, challengerWins, report.BeatsEveryBaseline(chosen.Name, baselines));
    }

    public sealed record Choice(IHiringPredictor Model, bool ChallengerWon, bool BeatsBaselines);
}
