using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Models;

/// <summary>
/// The challenger: a Poisson regression (log link) of the next half-year's durable hires on the
/// logarithms of the seven previous half-years and of the headcount, plus the season of the target
/// (whether it starts in January–June), fitted by iteratively reweighted least squares.
/// <para>
/// Where the anchor's linear model adds hires, this one multiplies rates: a shop and a hospital with
/// the same pattern of ups and downs get proportional predictions, and counts are never negative.
/// It also trains on the most recent half-years (targets 1, 2 and 3 back, pooled) instead of two
/// years back. One model per département with at least <see cref="MinimumRows"/> training rows, else
/// the national one; a fit that does not converge to finite weights falls back the same way.
/// </para>
/// </summary>
public sealed class PoissonSeasonalModel : IHiringPredictor
{
    public const int MinimumRows = 150;
    public const int HistoryNeeded = Features.Lags + 3;
    private const double Ridge = 1e-6;

    public string Name => "Poisson saisonnier";

    public double[] Predict(HiringData data, int targetWindow)
    {
        ArgumentNullException.ThrowIfNull(data);
        var all = Enumerable.Range(0, data.Establishments.Count).ToList();
        var sectors = new SectorSeasons(data);
        var national = Fit(data, all, targetWindow, sectors);
        var predictions = new double[data.Establishments.Count];
        var targetSeason = SeasonOf(data.Windows, targetWindow);
        foreach (var group in all.GroupBy(i => data.Establishments[i].Departement, StringComparer.Ordinal))
        {
            var members = group.ToList();
            var coefficients = members.Count * 3 >= MinimumRows ? Fit(data, members, targetWindow, sectors) ?? national : national;
            foreach (var i in members)
            {
                var e = data.Establishments[i];
                predictions[i] = coefficients is null
                    ? e.HiresAt(targetWindow - 1)
                    : Math.Exp(Math.Min(20, LeastSquares.Apply(coefficients, Row(e, targetWindow, targetSeason, sectors))));
            }
        }
        return predictions;
    }

    /// <summary>
    /// Logarithms of the last two half-years, of the mean hires over the last one, two and seven
    /// years (a mean of counts, not of their logarithms, keeps rare hires informative), of the
    /// headcount, the target's season, and the sector's own seasonal swing (how its hires changed
    /// from the previous half-year to this one a year ago: hotels in summer, farms at harvest).
    /// </summary>
    internal static double[] Row(EstablishmentHistory e, int target, double season, SectorSeasons sectors)
    {
        double Mean(int lags)
        {
            var sum = 0.0;
            for (var lag = 1; lag <= lags; lag++)
                sum += e.HiresAt(target - lag);
            return sum / lags;
        }

        return
        [
            Math.Log(1 + e.HiresAt(target - 1)),
            Math.Log(1 + e.HiresAt(target - 2)),
            Math.Log(1 + Mean(2)),
            Math.Log(1 + Mean(4)),
            Math.Log(1 + Mean(Features.Lags)),
            Math.Log(1 + e.Headcount),
            season,
            sectors.SwingOf(e.Naf, target),
        ];
    }

    /// <summary>1 when the window starts in January–June, else 0.</summary>
    internal static double SeasonOf(HalfYears windows, int window) => windows.Start(window).Month <= 6 ? 1 : 0;

    /// <summary>IRLS on the pooled rows of targets 1, 2 and 3 windows back; null when it does not converge to finite weights.</summary>
    internal static double[]? Fit(HiringData data, IReadOnlyList<int> members, int targetWindow, SectorSeasons sectors)
    {
        var rows = new List<double[]>();
        var labels = new List<double>();
        for (var back = 1; back <= 3; back++)
        {
            var target = targetWindow - back;
            if (target < 0)
                break;
            var season = SeasonOf(data.Windows, target);
            foreach (var i in members)
            {
                var e = data.Establishments[i];
                rows.Add(Row(e, target, season, sectors));
                labels.Add(e.HiresAt(target));
            }
        }
        if (rows.Count < MinimumRows)
            return null;
        return FitPoisson(rows, labels);
    }

    /// <summary>Maximum-likelihood Poisson regression with a small ridge; intercept first.</summary>
    public static double[]? FitPoisson(IReadOnlyList<double[]> rows, IReadOnlyList<double> labels) =>
        PoissonRegression.Fit(rows, labels, Ridge);
}

/// <summary>
/// Every sector's durable hires per window, summed over its establishments, to tell each sector's
/// seasonality: the swing into a target window is log((hires a year before the target + 1) /
/// (hires in the half-year before that + 1)), read from windows the model has seen.
/// </summary>
internal sealed class SectorSeasons
{
    private readonly Dictionary<string, double[]> _totals = new(StringComparer.Ordinal);

    public SectorSeasons(HiringData data)
    {
        foreach (var e in data.Establishments)
        {
            if (!_totals.TryGetValue(e.Naf, out var totals))
                _totals[e.Naf] = totals = new double[data.Windows.Count];
            for (var w = 0; w < totals.Length; w++)
                totals[w] += e.HiresAt(w);
        }
    }

    public double SwingOf(string naf, int target)
    {
        var totals = _totals[naf];
        double At(int w) => w >= 0 && w < totals.Length ? totals[w] : 0;
        return Math.Log((At(target - 2) + 1) / (At(target - 3) + 1));
    }
}
