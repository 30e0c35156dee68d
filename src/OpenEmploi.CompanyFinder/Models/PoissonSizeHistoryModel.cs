using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Models;

/// <summary>
/// A Poisson GLM (log link, IRLS) of the next half-year's durable hires on the establishment's size
/// and its history together: the logarithms of its headcount, of its sector's hires per employee in
/// the same half-year a year before (the sector's rate and its season at once) and over the last
/// year, and of its own hires in the last half-year, the same half-year a year before, and on average
/// over the seven last. Multiplicative: the rate is headcount^a × sector rate^b × own history^c…,
/// so size says how much an establishment hires for its sector and history how far it departs from
/// that; an establishment that hired no one lately still ranks by its size and sector.
/// <para>
/// One national fit on the four most recent half-years pooled (each row sees only the windows
/// before its own target), then one fit per département shrunk towards the national one: the
/// national coefficients are a prior worth <see cref="PriorRows"/> average rows, so a small
/// département stays near the national law and a large one follows its own data. A département
/// whose fit fails uses the national coefficients; if the national fit fails, last half-year's hires.
/// </para>
/// <para>
/// Per occupation it splits its prediction by the establishment's own past occupation mix, shrunk
/// towards its sector's by as much as the data before the cutoff say (<see cref="EstablishmentMix"/>).
/// </para>
/// </summary>
public sealed class PoissonSizeHistoryModel : IHiringPredictor
{
    /// <summary>Pooled training targets: 1 to 4 half-years before the predicted one.</summary>
    public const int TrainingWindows = 4;

    /// <summary>Half-years read before the target: seven lags of the oldest training row.</summary>
    public const int HistoryNeeded = Features.Lags + TrainingWindows;

    /// <summary>Weight of the national fit in a département's, in rows (chosen a priori, not tuned on a backtest).</summary>
    public const double PriorRows = 2000;

    /// <summary>Added to counts before their logarithm: zero hires and zero employees stay finite.</summary>
    private const double Pseudocount = 0.5;

    private const double Ridge = 1e-6;

    private readonly Dictionary<string, ModelSource> _sources = new(StringComparer.Ordinal);

    public string Name => "Poisson taille et historique";

    /// <summary>Per occupation, the establishment's own past mix shrunk towards its sector's, by as much as the data before the cutoff say.</summary>
    public IOccupationMix Occupations { get; } = new EstablishmentMix();

    /// <summary>Per département, whether its own shrunk fit or a fallback predicted it (filled by <see cref="Predict"/>).</summary>
    public IReadOnlyDictionary<string, ModelSource> Sources => _sources;

    /// <summary>The national coefficients of the last <see cref="Predict"/>, intercept first (null when it failed).</summary>
    public double[]? NationalCoefficients { get; private set; }

    public double[] Predict(HiringData data, int targetWindow)
    {
        ArgumentNullException.ThrowIfNull(data);
        _sources.Clear();
        var sectors = new SectorRates(data);
        var all = Enumerable.Range(0, data.Establishments.Count).ToList();
        var (nationalRows, nationalLabels) = TrainingRows(data, all, targetWindow, sectors);
        var national = nationalRows.Count == 0 ? null : PoissonRegression.Fit(nationalRows, nationalLabels, Ridge);
        NationalCoefficients = national;
        PoissonRegression.Prior? prior = null;
        if (national is not null)
        {
            var information = PoissonRegression.InformationPerRow(nationalRows, national);
            for (var i = 0; i < national.Length; i++)
            {
                for (var j = 0; j < national.Length; j++)
                    information[i, j] *= PriorRows;
            }
            prior = new PoissonRegression.Prior(national, information);
        }

        var predictions = new double[data.Establishments.Count];
        foreach (var group in all.GroupBy(i => data.Establishments[i].Departement, StringComparer.Ordinal))
        {
            var members = group.ToList();
            double[]? coefficients = null;
            if (prior is not null)
            {
                var (rows, labels) = TrainingRows(data, members, targetWindow, sectors);
                coefficients = rows.Count == 0 ? null : PoissonRegression.Fit(rows, labels, Ridge, prior);
            }
            _sources[group.Key] = coefficients is not null ? ModelSource.Departement : national is not null ? ModelSource.National : ModelSource.LastHalfYear;
            coefficients ??= national;
            foreach (var i in members)
            {
                var e = data.Establishments[i];
                predictions[i] = coefficients is null
                    ? e.HiresAt(targetWindow - 1)
                    : PoissonRegression.Predict(coefficients, Row(e, targetWindow, sectors));
            }
        }
        return predictions;
    }

    /// <summary>The features of <paramref name="e"/> for <paramref name="target"/>, from the windows before it only.</summary>
    internal static double[] Row(EstablishmentHistory e, int target, SectorRates sectors)
    {
        var sum = 0.0;
        for (var lag = 1; lag <= Features.Lags; lag++)
            sum += e.HiresAt(target - lag);
        var sameSeason = sectors.RateOf(e.Naf, target - 2);
        var lastYear = (sectors.RateOf(e.Naf, target - 1) + sameSeason) / 2;
        return
        [
            Math.Log(Pseudocount + e.Headcount),
            Math.Log(sameSeason),
            Math.Log(lastYear),
            Math.Log(Pseudocount + e.HiresAt(target - 1)),
            Math.Log(Pseudocount + e.HiresAt(target - 2)),
            Math.Log(Pseudocount + (sum / Features.Lags)),
        ];
    }

    private static (List<double[]> Rows, List<double> Labels) TrainingRows(HiringData data, List<int> members, int targetWindow, SectorRates sectors)
    {
        var rows = new List<double[]>(members.Count * TrainingWindows);
        var labels = new List<double>(members.Count * TrainingWindows);
        for (var back = 1; back <= TrainingWindows; back++)
        {
            var target = targetWindow - back;
            if (target < 0)
                break;
            foreach (var i in members)
            {
                var e = data.Establishments[i];
                rows.Add(Row(e, target, sectors));
                labels.Add(e.HiresAt(target));
            }
        }
        return (rows, labels);
    }
}
