namespace OpenEmploi.CompanyFinder.History;

/// <summary>
/// One establishment's hiring history: its durable hires (CDI and CDD over one month, the anchor's
/// target) in each six-month window, oldest first, and its latest known headcount.
/// </summary>
public sealed class EstablishmentHistory(string siret, string departement, string naf, int headcount, double[] hires)
{
    public string Siret { get; } = siret;

    public string Departement { get; } = departement;

    public string Naf { get; } = naf;

    public int Headcount { get; } = headcount;

    /// <summary>Durable hires per window (index = window of the <see cref="HalfYears"/>).</summary>
    public double[] Hires { get; } = hires;

    /// <summary>
    /// Durable hires before the cutoff whose person's occupation is known, per ROME (a handful per
    /// establishment: a short list, not a dictionary, keeps a national base in memory).
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> OccupationHires => _occupationHires;

    /// <summary>Known-occupation durable hires before the cutoff, in <see cref="OccupationHires"/>.</summary>
    public double KnownOccupationHires { get; private set; }

    /// <summary>The part of <see cref="OccupationHires"/> in the last window before the cutoff (to check a mix against).</summary>
    public IReadOnlyList<KeyValuePair<string, double>> RecentOccupationHires => _recentOccupationHires;

    private readonly List<KeyValuePair<string, double>> _occupationHires = [];
    private readonly List<KeyValuePair<string, double>> _recentOccupationHires = [];

    /// <summary>
    /// Counts <paramref name="hires"/> known hires in <paramref name="rome"/> (the loader, before the
    /// cutoff only); <paramref name="recent"/> when they are in the last window before it.
    /// </summary>
    public void AddOccupationHires(string rome, double hires, bool recent)
    {
        ArgumentException.ThrowIfNullOrEmpty(rome);
        if (hires <= 0)
            return;
        KnownOccupationHires += hires;
        Add(_occupationHires, rome, hires);
        if (recent)
            Add(_recentOccupationHires, rome, hires);
    }

    /// <summary>Known hires in <paramref name="rome"/> before the cutoff.</summary>
    public double OccupationHiresOf(string rome) => CountOf(_occupationHires, rome);

    internal static double CountOf(IReadOnlyList<KeyValuePair<string, double>> counts, string rome)
    {
        foreach (var (known, hires) in counts)
        {
            if (string.Equals(known, rome, StringComparison.Ordinal))
                return hires;
        }
        return 0;
    }

    private static void Add(List<KeyValuePair<string, double>> counts, string rome, double hires)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (string.Equals(counts[i].Key, rome, StringComparison.Ordinal))
            {
                counts[i] = KeyValuePair.Create(rome, counts[i].Value + hires);
                return;
            }
        }
        counts.Add(KeyValuePair.Create(rome, hires));
    }

    /// <summary>The seven windows before <paramref name="target"/> then the headcount: the anchor's features.</summary>
    public double[] AnchorFeatures(int target)
    {
        var features = new double[Features.AnchorCount];
        for (var lag = 1; lag <= Features.Lags; lag++)
            features[lag - 1] = HiresAt(target - lag);
        features[Features.Lags] = Headcount;
        return features;
    }

    /// <summary>Hires in a window, 0 before the history starts (a young establishment).</summary>
    public double HiresAt(int window) => window >= 0 && window < Hires.Length ? Hires[window] : 0;
}

/// <summary>The shape of the anchor's feature vector.</summary>
public static class Features
{
    /// <summary>Seven previous half-years.</summary>
    public const int Lags = 7;

    public const int AnchorCount = Lags + 1;
}
