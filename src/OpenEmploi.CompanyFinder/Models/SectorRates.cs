using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Models;

/// <summary>
/// Every sector's durable hires per employee in each window: the sector's hires summed over its
/// establishments ÷ their headcounts summed. A NAF sub-class with fewer than
/// <see cref="MinimumEmployees"/> employees in the base uses its division's rate (56 for 56.10A),
/// and a division that small the whole base's, so a rare sector gets a rate measured on enough
/// people. Pooled over thousands of establishments, the rate says what a single small
/// establishment's few hires cannot: whether a three-person restaurant hires more than a
/// three-person accountancy, and in which season.
/// </summary>
internal sealed class SectorRates
{
    public const double MinimumEmployees = 200;

    /// <summary>Floor of a rate, so that its logarithm stays finite in a sector that hired no one.</summary>
    public const double Floor = 1e-3;

    private readonly Dictionary<string, double[]> _bySector = new(StringComparer.Ordinal);

    public SectorRates(HiringData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var windows = data.Windows.Count;
        var hires = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var employees = new Dictionary<string, double>(StringComparer.Ordinal);
        void Add(string key, EstablishmentHistory e)
        {
            if (!hires.TryGetValue(key, out var totals))
                hires[key] = totals = new double[windows];
            for (var w = 0; w < windows; w++)
                totals[w] += e.HiresAt(w);
            employees[key] = employees.GetValueOrDefault(key) + e.Headcount;
        }

        foreach (var e in data.Establishments)
        {
            Add(e.Naf, e);
            Add(Division(e.Naf), e);
            Add(string.Empty, e);
        }
        double[] RateOf(string key) =>
            [.. hires[key].Select(h => employees[key] > 0 ? h / employees[key] : 0)];

        var national = RateOf(string.Empty);
        foreach (var naf in data.Establishments.Select(e => e.Naf).Distinct(StringComparer.Ordinal))
        {
            var division = Division(naf);
            _bySector[naf] = employees[naf] >= MinimumEmployees ? RateOf(naf)
                : employees[division] >= MinimumEmployees ? RateOf(division)
                : national;
        }
    }

    /// <summary>Durable hires per employee of <paramref name="naf"/>'s sector in <paramref name="window"/>, at least <see cref="Floor"/>.</summary>
    public double RateOf(string naf, int window)
    {
        var rates = _bySector[naf];
        return Math.Max(Floor, window >= 0 && window < rates.Length ? rates[window] : 0);
    }

    private static string Division(string naf) => naf.Length >= 2 ? naf[..2] : naf;
}
