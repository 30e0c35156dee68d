namespace OpenEmploi.CompanyFinder.Backtest;

/// <summary>How well an order of establishments found the ones that actually hired.</summary>
public static class RankingMetrics
{
    /// <summary>
    /// Share of the <paramref name="k"/> establishments ranked first that are among the k that hired
    /// the most (ties with the k-th included, zero hires never counted). Null when fewer than k
    /// establishments hired at all: the question has no fair answer there.
    /// </summary>
    public static double? PrecisionAt(int k, IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(actual);
        var hired = actual.Where(a => a > 0).OrderByDescending(a => a).ToList();
        if (hired.Count < k)
            return null;
        var threshold = hired[k - 1];
        var hits = TopIndices(predicted, k).Count(i => actual[i] >= threshold);
        return (double)Math.Min(hits, k) / k;
    }

    /// <summary>The indices of the k largest predictions, ties broken by index (the rows' SIRET order).</summary>
    public static IEnumerable<int> TopIndices(IReadOnlyList<double> predicted, int k) =>
        Enumerable.Range(0, predicted.Count).OrderByDescending(i => predicted[i]).ThenBy(i => i).Take(k);

    /// <summary>Spearman's rank correlation (average ranks for ties); null when either side is constant.</summary>
    public static double? Spearman(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count != b.Count || a.Count < 3)
            return null;
        var ra = Ranks(a);
        var rb = Ranks(b);
        var meanA = ra.Average();
        var meanB = rb.Average();
        double cov = 0, va = 0, vb = 0;
        for (var i = 0; i < ra.Length; i++)
        {
            cov += (ra[i] - meanA) * (rb[i] - meanB);
            va += (ra[i] - meanA) * (ra[i] - meanA);
            vb += (rb[i] - meanB) * (rb[i] - meanB);
        }
        return va == 0 || vb == 0 ? null : cov / Math.Sqrt(va * vb);
    }

    internal static double[] Ranks(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
                end++;
            var rank = (start + end) / 2.0 + 1;
            for (var j = start; j <= end; j++)
                ranks[order[j]] = rank;
            start = end + 1;
        }
        return ranks;
    }
}
