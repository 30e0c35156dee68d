using OpenEmploi.CompanyFinder.Affinity;

namespace OpenEmploi.CompanyFinder.Scoring;

/// <summary>
/// When an establishment is listed: its global score at least 50, and for an occupation that
/// occupation's score at least 20 — lowered towards 5 where recruiting is hard, since a job seeker
/// in a tense occupation stands a chance even with a company that hires little. The threshold falls
/// linearly from 20 at 40 % of difficult projects (about the national average) to 5 at 80 % and more.
/// </summary>
public sealed class ListingThresholds(TensionShares tension)
{
    /// <summary>
    /// For scores the prediction already filtered with each occupation's threshold (the store keeps
    /// only listed occupations): everything stored is listed, whatever the tension data at hand.
    /// </summary>
    public static ListingThresholds AlreadyApplied { get; } = new(TensionShares.None) { _applied = true };

    private bool _applied;

    public const double GlobalMinimum = 50;
    public const double OccupationMinimum = 20;
    public const double TenseOccupationFloor = 5;
    public const double TensionFrom = 0.40;
    public const double TensionFull = 0.80;

    public static bool ListsGlobally(double globalScore) => globalScore >= GlobalMinimum;

    public double OccupationThreshold(string rome)
    {
        if (_applied)
            return 0;
        if (tension.DifficultShareOf(rome) is not { } share)
            return OccupationMinimum;
        var t = Math.Clamp((share - TensionFrom) / (TensionFull - TensionFrom), 0, 1);
        return OccupationMinimum - (t * (OccupationMinimum - TenseOccupationFloor));
    }

    public bool ListsFor(string rome, double globalScore, double occupationScore) =>
        ListsGlobally(globalScore) && occupationScore >= OccupationThreshold(rome);
}
