using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification.Pay;

namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>
/// Pay quantiles by ROME code and région computed from a set of offers (the live base, a sample of
/// it): each offer's structured pay as a full-time gross monthly equivalent. A (ROME, région) cell
/// with fewer than <c>minSample</c> offers falls back to the ROME code nationwide.
/// </summary>
public sealed class SalaryDistribution : ISalaryDistribution
{
    private readonly Dictionary<(string Rome, string? Region), SalaryQuantiles> _cells;

    private SalaryDistribution(Dictionary<(string, string?), SalaryQuantiles> cells)
    {
        _cells = cells;
    }

    public static SalaryDistribution FromOffers(IEnumerable<OffreEntry> offers, int minSample = 20)
    {
        var samples = new Dictionary<(string, string?), List<double>>();
        var empty = new RawOffer();
        foreach (var entry in offers)
        {
            var offre = entry.Offre;
            if (offre.RomeCode is not { } rome || PayFacts.Read(offre, empty).MonthlyFullTime is not { } monthly)
                continue;
            Add((rome, entry.Region), monthly);
            Add((rome, null), monthly);
        }
        var cells = new Dictionary<(string, string?), SalaryQuantiles>();
        foreach (var (key, values) in samples)
        {
            if (values.Count < minSample)
                continue;
            values.Sort();
            cells[key] = new SalaryQuantiles(Quantile(values, 0.50), Quantile(values, 0.99), values.Count);
        }
        return new SalaryDistribution(cells);

        void Add((string, string?) key, double value)
        {
            if (!samples.TryGetValue(key, out var list))
                samples[key] = list = [];
            list.Add(value);
        }
    }

    /// <summary>Adapts a lookup the pipeline already has (a SQL aggregate, a cache).</summary>
    public static ISalaryDistribution From(Func<string, string?, SalaryQuantiles?> lookup) => new Delegating(lookup);

    public SalaryQuantiles? Get(string romeCode, string? region) =>
        _cells.TryGetValue((romeCode, region), out var q) ? q
        : _cells.TryGetValue((romeCode, null), out var national) ? national
        : null;

    private static double Quantile(List<double> sorted, double q)
    {
        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(sorted.Count - 1, low + 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (position - low));
    }

    private sealed class Delegating(Func<string, string?, SalaryQuantiles?> lookup) : ISalaryDistribution
    {
        public SalaryQuantiles? Get(string romeCode, string? region) => lookup(romeCode, region);
    }
}
