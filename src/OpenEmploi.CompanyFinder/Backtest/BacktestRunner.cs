using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Models;

namespace OpenEmploi.CompanyFinder.Backtest;

/// <summary>
/// Scores predictors on the window after the cutoff, which none of them saw: per département (all
/// occupations) and per département × occupation, precision@10 and @100, and the rank correlation
/// per département. Occupation predictions are the global ones × the predictor's occupation mix:
/// the sector's affinity for the anchor and the baselines, the establishment's own past mix shrunk
/// towards it for a model that learns it (<see cref="IHiringPredictor.Occupations"/>).
/// </summary>
public static class BacktestRunner
{
    /// <summary>Départements with fewer establishments give no rank correlation.</summary>
    public const int MinimumForCorrelation = 30;

    public static BacktestReport Run(HiringData data, IReadOnlyList<IHiringPredictor> predictors)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(predictors);
        var target = data.TargetWindow;
        if (target >= data.Windows.Count)
            throw new InvalidOperationException("Les embauches de la période évaluée ne sont pas chargées.");
        var departements = Enumerable.Range(0, data.Establishments.Count)
            .GroupBy(i => data.Establishments[i].Departement, StringComparer.Ordinal)
            .Select(g => g.ToArray()).ToList();
        var mixes = predictors.Select(p => p.Occupations).Distinct().ToList();
        var occupationGroups = OccupationGroups(data, departements, mixes);
        var results = new List<PredictorScores>();
        foreach (var predictor in predictors)
        {
            var predicted = predictor.Predict(data, target);
            var p10 = new Mean();
            var p100 = new Mean();
            var rho = new Mean();
            foreach (var members in departements)
            {
                var pred = members.Select(i => predicted[i]).ToList();
                var actual = members.Select(i => data.Establishments[i].HiresAt(target)).ToList();
                p10.Add(RankingMetrics.PrecisionAt(10, pred, actual));
                p100.Add(RankingMetrics.PrecisionAt(100, pred, actual));
                if (members.Length >= MinimumForCorrelation)
                    rho.Add(RankingMetrics.Spearman(pred, actual));
            }
            var o10 = new Mean();
            var o100 = new Mean();
            foreach (var group in occupationGroups)
            {
                var pred = group.Candidates.Select(c => predicted[c.Establishment] * predictor.Occupations.ShareOf(data, c.Establishment, group.Rome)).ToList();
                var actual = group.Candidates.Select(c => c.Actual).ToList();
                o10.Add(RankingMetrics.PrecisionAt(10, pred, actual));
                o100.Add(RankingMetrics.PrecisionAt(100, pred, actual));
            }
            results.Add(new PredictorScores(predictor.Name, p10.Result, p100.Result, o10.Result, o100.Result, rho.Result));
        }
        return new BacktestReport(data.SeenUntil, data.Windows.Start(target), data.Establishments.Count, results);
    }

    /// <summary>
    /// Per département and occupation, every establishment that one of the predictors' mixes gives
    /// that occupation or that actually hired it in the evaluated window.
    /// </summary>
    private static List<OccupationGroup> OccupationGroups(HiringData data, List<int[]> departements, IReadOnlyList<IOccupationMix> mixes)
    {
        var actualsByEstablishment = data.OccupationActuals
            .GroupBy(p => p.Key.Establishment)
            .ToDictionary(g => g.Key, g => g.ToDictionary(p => p.Key.Rome, p => p.Value, StringComparer.Ordinal));
        var groups = new List<OccupationGroup>();
        foreach (var members in departements)
        {
            var byRome = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
            foreach (var i in members)
            {
                var actuals = actualsByEstablishment.GetValueOrDefault(i);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var rome in mixes.SelectMany(m => m.OccupationsOf(data, i)).Concat(actuals?.Keys ?? Enumerable.Empty<string>()))
                {
                    if (seen.Add(rome))
                        Add(byRome, rome, new Candidate(i, actuals?.GetValueOrDefault(rome) ?? 0));
                }
            }
            groups.AddRange(byRome
                .Where(p => p.Value.Count(x => x.Actual > 0) >= 10)
                .Select(p => new OccupationGroup(p.Key, p.Value)));
        }
        return groups;
    }

    private static void Add(Dictionary<string, List<Candidate>> byRome, string rome, Candidate candidate)
    {
        if (!byRome.TryGetValue(rome, out var list))
            byRome[rome] = list = [];
        list.Add(candidate);
    }

    private readonly record struct Candidate(int Establishment, double Actual);

    private sealed record OccupationGroup(string Rome, List<Candidate> Candidates);

    private sealed class Mean
    {
        private double _sum;

        public int Count { get; private set; }

        public void Add(double? value)
        {
            if (value is not { } v)
                return;
            _sum += v;
            Count++;
        }

        public MeanMetric Result => new(Count == 0 ? null : _sum / Count, Count);
    }
}

/// <summary>A metric averaged over groups (départements, or départements × occupations), with how many groups had an answer.</summary>
public readonly record struct MeanMetric(double? Value, int Groups);

public sealed record PredictorScores(
    string Name, MeanMetric PrecisionAt10, MeanMetric PrecisionAt100,
    MeanMetric OccupationPrecisionAt10, MeanMetric OccupationPrecisionAt100, MeanMetric RankCorrelation)
{
    /// <summary>The figures a model must beat every baseline on, in the report's order.</summary>
    public IEnumerable<MeanMetric> All => [PrecisionAt10, PrecisionAt100, OccupationPrecisionAt10, OccupationPrecisionAt100, RankCorrelation];
}

/// <summary>
/// A backtest's figures: the predictors saw the hires before <c>SeenUntil</c> and are compared
/// with the six months from <c>EvaluatedFrom</c>, over <c>Establishments</c> establishments.
/// </summary>
public sealed record BacktestReport(DateOnly SeenUntil, DateOnly EvaluatedFrom, int Establishments, IReadOnlyList<PredictorScores> Predictors)
{
    /// <summary>
    /// Whether <paramref name="candidate"/> is strictly better than every baseline on every figure
    /// that has a value: the rule for publishing a model.
    /// </summary>
    public bool BeatsEveryBaseline(string candidate, IEnumerable<string> baselines)
    {
        var model = Predictors.Single(p => p.Name == candidate);
        return baselines.Select(name => Predictors.Single(p => p.Name == name)).All(baseline =>
            model.All.Zip(baseline.All).All(pair => pair.Second.Value is not { } b || (pair.First.Value is { } m && m > b)));
    }
}
