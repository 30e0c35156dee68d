using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification.Pay;

namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>
/// Collects offers one at a time, for a caller that streams them for another purpose (the
/// import engine loading its index): one float per offer and cell, sorted once in <see cref="Build"/>.
/// </summary>
public sealed class SalaryDistributionBuilder
{
    private static readonly RawOffer Empty = new();
    private readonly Dictionary<(string, string?), List<float>> _samples = [];

    public int Count { get; private set; }

    /// <summary>Counts the offer's structured pay (as a full-time gross monthly equivalent), when it has one and a ROME code.</summary>
    public void Add(OffreEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var offre = entry.Offre;
        if (offre.RomeCode is not { } rome || PayFacts.Read(offre, Empty).MonthlyFullTime is not { } monthly || !double.IsFinite(monthly))
            return;
        Add((rome, entry.Region), (float)monthly);
        Add((rome, null), (float)monthly);
        Count++;
    }

    /// <summary>
    /// <see cref="Add(OffreEntry)"/> from what a session's load stored of an offer
    /// (<see cref="LoadFacts"/>): the same sample, without parsing it.
    /// </summary>
    public void Add(LoadFacts facts, string? region)
    {
        if (facts.RomeCode is not { } rome || facts.MonthlyPay is not { } monthly)
            return;
        Add((rome, region), monthly);
        Add((rome, null), monthly);
        Count++;
    }

    /// <summary>The offer's ROME code and full-time monthly pay as <see cref="Add(OffreEntry)"/> counts them, for <see cref="LoadFacts"/>.</summary>
    public static (string? RomeCode, float? MonthlyPay) PayOf(OffreEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var offre = entry.Offre;
        if (offre.RomeCode is not { } rome || PayFacts.Read(offre, Empty).MonthlyFullTime is not { } monthly || !double.IsFinite(monthly))
            return (offre.RomeCode, null);
        return (rome, (float)monthly);
    }

    public SalaryDistribution Build(int minSample = SalaryDistribution.DefaultMinSample)
    {
        var cells = new Dictionary<(string, string?), SalaryQuantiles>();
        foreach (var (key, values) in _samples)
        {
            if (values.Count < minSample)
                continue;
            values.Sort();
            cells[key] = new SalaryQuantiles(SalaryDistribution.Quantile(values, 0.50), SalaryDistribution.Quantile(values, 0.99), values.Count);
        }
        return new SalaryDistribution(cells);
    }

    private void Add((string, string?) key, float value)
    {
        if (!_samples.TryGetValue(key, out var list))
            _samples[key] = list = [];
        list.Add(value);
    }
}
