using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>
/// Pay quantiles by ROME code and région computed from a set of offers (the live base, a sample of
/// it): each offer's structured pay as a full-time gross monthly equivalent. A (ROME, région) cell
/// with fewer than <c>minSample</c> offers falls back to the ROME code nationwide.
/// </summary>
public sealed class SalaryDistribution : ISalaryDistribution
{
    private readonly Dictionary<(string Rome, string? Region), SalaryQuantiles> _cells;

    internal SalaryDistribution(Dictionary<(string, string?), SalaryQuantiles> cells)
    {
        _cells = cells;
    }

    public static SalaryDistribution FromOffers(IEnumerable<OffreEntry> offers, int minSample = DefaultMinSample)
    {
        ArgumentNullException.ThrowIfNull(offers);
        var builder = new SalaryDistributionBuilder();
        foreach (var entry in offers)
            builder.Add(entry);
        return builder.Build(minSample);
    }

    /// <summary>Cells with fewer offers than this fall back to the ROME code nationwide, then to nothing.</summary>
    public const int DefaultMinSample = 20;

    /// <summary>Adapts a lookup the pipeline already has (a SQL aggregate, a cache).</summary>
    public static ISalaryDistribution From(Func<string, string?, SalaryQuantiles?> lookup) => new Delegating(lookup);

    public SalaryQuantiles? Get(string romeCode, string? region) =>
        _cells.TryGetValue((romeCode, region), out var q) ? q
        : _cells.TryGetValue((romeCode, null), out var national) ? national
        : null;

    internal static double Quantile(List<float> sorted, double q)
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
