namespace OpenEmploi.CompanyFinder.Affinity;

/// <summary>
/// The share of each occupation (ROME) among the durable hires of a NAF sector, counted on hires
/// whose person's occupation is known: predicted hires × affinity(ROME, NAF) = predicted hires for
/// that occupation. A sector with too few known hires borrows its NAF division's shares (first two
/// digits), so that a rare sub-class does not get a whole occupation from one hire.
/// </summary>
public sealed class RomeNafAffinity
{
    /// <summary>Below this many known hires a sector's shares are too noisy: use its division's.</summary>
    public const int MinimumKnownHires = 30;

    private readonly Dictionary<string, Dictionary<string, double>> _countsByNaf;
    private readonly Dictionary<string, double> _totalsByNaf;
    private readonly Dictionary<string, IReadOnlyList<KeyValuePair<string, double>>> _sharesCache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    private RomeNafAffinity(Dictionary<string, Dictionary<string, double>> countsByNaf)
    {
        _countsByNaf = countsByNaf;
        _totalsByNaf = countsByNaf.ToDictionary(p => p.Key, p => p.Value.Values.Sum(), StringComparer.Ordinal);
    }

    /// <summary>Accumulates (NAF, ROME, hires) triples; a key may come many times.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, Dictionary<string, double>> _counts = new(StringComparer.Ordinal);

        public void Add(string naf, string rome, double hires)
        {
            ArgumentException.ThrowIfNullOrEmpty(naf);
            ArgumentException.ThrowIfNullOrEmpty(rome);
            if (hires <= 0)
                return;
            foreach (var key in new[] { naf, Division(naf) })
            {
                if (!_counts.TryGetValue(key, out var byRome))
                    _counts[key] = byRome = new Dictionary<string, double>(StringComparer.Ordinal);
                byRome[rome] = byRome.GetValueOrDefault(rome) + hires;
            }
        }

        public RomeNafAffinity Build() => new(_counts);
    }

    /// <summary>The share of <paramref name="rome"/> among the hires of <paramref name="naf"/> (0 when never seen).</summary>
    public double Of(string rome, string naf)
    {
        var key = SourceOf(naf);
        return key is null ? 0 : _countsByNaf[key].GetValueOrDefault(rome) / _totalsByNaf[key];
    }

    /// <summary>Every occupation hired by the sector, with its share, largest first.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> SharesOf(string naf)
    {
        var key = SourceOf(naf);
        if (key is null)
            return [];
        lock (_lock)
        {
            if (_sharesCache.TryGetValue(key, out var cached))
                return cached;
            var total = _totalsByNaf[key];
            var shares = _countsByNaf[key]
                .Select(p => KeyValuePair.Create(p.Key, p.Value / total))
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            _sharesCache[key] = shares;
            return shares;
        }
    }

    /// <summary>Which counts speak for a sector: its own when there are enough, else its division's, else none.</summary>
    private string? SourceOf(string naf)
    {
        if (_totalsByNaf.TryGetValue(naf, out var total) && total >= MinimumKnownHires)
            return naf;
        var division = Division(naf);
        return _totalsByNaf.TryGetValue(division, out var divisionTotal) && divisionTotal > 0 ? division : null;
    }

    /// <summary>The NAF division ("56" for "56.10A"), prefixed so it never collides with a sub-class code.</summary>
    private static string Division(string naf) => "division:" + naf[..Math.Min(2, naf.Length)];
}
