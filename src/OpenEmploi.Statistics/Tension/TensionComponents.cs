namespace OpenEmploi.Statistics.Tension;

/// <summary>The year's figures of one occupation in one territory that the tension method reads.</summary>
internal readonly record struct TensionFigures(
    double Offers, double NonDurableOffers, double EntriesA, double ExitsAbc, double MeanStockAbc, double StockA,
    double Projects, double Difficult, double Employment, double Duncan)
{
    /// <summary>The specification's floor: 30 offers, 30 projects and 30 category-A job seekers (registrations) in the year.</summary>
    public bool MeetsFloor => Offers >= 30 && Projects >= 30 && EntriesA >= 30;

    /// <summary>Offers ÷ category-A registrations.</summary>
    public double OffersPerSeeker => Offers / EntriesA;

    /// <summary>ABC exits over the year ÷ mean ABC stock.</summary>
    public double OutflowRate => MeanStockAbc > 0 ? ExitsAbc / MeanStockAbc : 0;

    public double DifficultShare => Difficult / Projects;

    /// <summary>(Offers + projects) ÷ employment.</summary>
    public double HiringIntensity => (Offers + Projects) / Employment;

    /// <summary>Category-A job seekers ÷ employment: the higher, the more labour is available.</summary>
    public double AvailableLabour => StockA / Employment;

    public double NonDurableShare => NonDurableOffers / Offers;
}

/// <summary>
/// A reference distribution across occupations: its mean and standard deviation (to standardise a
/// component) and its quintile limits (to band a value in 1–5).
/// </summary>
internal sealed class ReferenceDistribution
{
    private readonly double[] _limits;

    public ReferenceDistribution(IEnumerable<double> values)
    {
        var sorted = values.Where(double.IsFinite).Order().ToArray();
        Count = sorted.Length;
        Mean = Count == 0 ? 0 : sorted.Average();
        StandardDeviation = Count < 2 ? 0 : Math.Sqrt(sorted.Sum(v => (v - Mean) * (v - Mean)) / Count);
        _limits = Count == 0 ? [] : [Quantile(sorted, 0.2), Quantile(sorted, 0.4), Quantile(sorted, 0.6), Quantile(sorted, 0.8)];
    }

    public int Count { get; }

    public double Mean { get; }

    public double StandardDeviation { get; }

    public IReadOnlyList<double> Limits => _limits;

    /// <summary>(value − mean) ÷ standard deviation; 0 for a distribution without spread.</summary>
    public double Standardise(double value) => StandardDeviation > 0 ? (value - Mean) / StandardDeviation : 0;

    /// <summary>1 (first quintile) to 5 (last): one plus the number of limits the value exceeds.</summary>
    public int Band(double value) => 1 + _limits.Count(limit => value > limit);

    /// <summary>Linear interpolation between order statistics (the usual "type 7" quantile).</summary>
    private static double Quantile(double[] sorted, double p)
    {
        var position = p * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((position - below) * (sorted[above] - sorted[below]));
    }
}
