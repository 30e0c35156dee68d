using System.Runtime.InteropServices;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Learns, per source, which lines it repeats across its ads ("Postulez en un clic sur
/// JobsRégion !", its legal footer) from the ads it is shown, so that de-duplication compares
/// the job and not the wrapping. A line is boilerplate for a source once it appears in at least
/// <see cref="BoilerplateOptions.Share"/> of the source's <see cref="BoilerplateOptions.RecentAds"/>
/// most recent ads (and the source has shown <see cref="BoilerplateOptions.MinAds"/>). Lines are
/// compared by <see cref="LineHash"/>, numbers folded, so "Réf. 48213" and "Réf. 991" are one line.
/// Not thread-safe: one writer, like the index that owns it.
/// </summary>
public sealed class SourceBoilerplate
{
    private readonly BoilerplateOptions _options;
    private readonly Dictionary<string, SourceLines> _sources = new(StringComparer.Ordinal);
    private readonly HashSet<ulong> _distinct = [];
    // A frozen table (Frozen): each source's boilerplate lines as the table it was taken from
    // had them; such a table learns nothing and knows only the sources it was given.
    private readonly Dictionary<string, HashSet<ulong>>? _frozen;

    public SourceBoilerplate(BoilerplateOptions? options = null)
    {
        _options = options ?? new BoilerplateOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.Share);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(_options.RecentAds);
    }

    private SourceBoilerplate(BoilerplateOptions options, Dictionary<string, HashSet<ulong>> frozen)
    {
        _options = options;
        _frozen = frozen;
    }

    /// <summary>
    /// A table that answers <see cref="IsBoilerplate(string, ulong)"/> for <paramref name="sources"/>
    /// as this one does now, and keeps doing so while this one learns: what readers on other
    /// threads use (an import's batch taken while the next ones are decided). It learns nothing,
    /// and a source it was not given is an error rather than a silent "no boilerplate".
    /// </summary>
    public SourceBoilerplate Frozen(IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var frozen = new Dictionary<string, HashSet<ulong>>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            if (frozen.ContainsKey(source))
                continue;
            var lines = new HashSet<ulong>();
            if (_sources.TryGetValue(source, out var counted) && counted.Recent.Count >= _options.MinAds)
            {
                var least = Math.Ceiling(_options.Share * counted.Recent.Count);
                foreach (var (hash, count) in counted.Counts)
                {
                    if (count >= least)
                        lines.Add(hash);
                }
            }
            frozen.Add(source, lines);
        }
        return new SourceBoilerplate(_options, frozen);
    }

    /// <summary>Counts the lines of one ad of <paramref name="source"/> (a line repeated inside the ad counts once).</summary>
    public void Observe(string source, ReadOnlySpan<ulong> lineHashes)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_frozen is not null)
            throw new InvalidOperationException("Table de lignes passe-partout figée : elle n'apprend plus.");
        _distinct.Clear();
        foreach (var hash in lineHashes)
            _distinct.Add(hash);
        var ad = new ulong[_distinct.Count];
        _distinct.CopyTo(ad);

        if (!_sources.TryGetValue(source, out var lines))
            _sources.Add(source, lines = new SourceLines());
        lines.Recent.Enqueue(ad);
        foreach (var hash in ad)
            CollectionsMarshal.GetValueRefOrAddDefault(lines.Counts, hash, out _)++;
        if (lines.Recent.Count > _options.RecentAds)
            Forget(lines, lines.Recent.Dequeue());
    }

    /// <summary>Learns from a text already normalised by <see cref="DedupText.Normalise"/>.</summary>
    public void Observe(string source, string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var hashes = new List<ulong>();
        foreach (var line in normalisedText.AsSpan().EnumerateLines())
            hashes.Add(LineHash(line));
        Observe(source, CollectionsMarshal.AsSpan(hashes));
    }

    public bool IsBoilerplate(string source, ulong lineHash)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (_frozen is not null)
        {
            return _frozen.TryGetValue(source, out var boilerplate)
                ? boilerplate.Contains(lineHash)
                : throw new InvalidOperationException($"Table de lignes passe-partout figée sans la source « {source} ».");
        }
        if (!_sources.TryGetValue(source, out var lines))
            return false;
        var ads = lines.Recent.Count;
        return ads >= _options.MinAds
            && lines.Counts.TryGetValue(lineHash, out var count)
            && count >= Math.Ceiling(_options.Share * ads);
    }

    public bool IsBoilerplate(string source, ReadOnlySpan<char> normalisedLine) => IsBoilerplate(source, LineHash(normalisedLine));

    /// <summary>The normalised text without the source's boilerplate lines.</summary>
    public string Strip(string source, string normalisedText)
    {
        ArgumentNullException.ThrowIfNull(normalisedText);
        var kept = new List<string>();
        foreach (var line in normalisedText.AsSpan().EnumerateLines())
        {
            if (!IsBoilerplate(source, line))
                kept.Add(line.ToString());
        }
        return string.Join('\n', kept);
    }

    /// <summary>How many of the source's ads the table currently counts.</summary>
    /// <summary>Bytes held by the tables (benchmarks: see DuplicateIndex.Footprint).</summary>
    internal long Footprint()
    {
        long bytes = 0;
        foreach (var lines in _sources.Values)
        {
            bytes += lines.Counts.EnsureCapacity(0) * (4L + 24);
            foreach (var ad in lines.Recent)
                bytes += DuplicateIndex.ArrayBytes(ad.Length, 8) + 8;
        }
        return bytes + (_distinct.EnsureCapacity(0) * (4L + 16));
    }

    public int RecentAds(string source) => _sources.TryGetValue(source, out var lines) ? lines.Recent.Count : 0;

    /// <summary>FNV-1a over the line with every run of digits read as one '0', finished by a SplitMix64 mix.</summary>
    public static ulong LineHash(ReadOnlySpan<char> line)
    {
        var hash = 0xCBF29CE484222325UL;
        var inNumber = false;
        foreach (var c in line)
        {
            var digit = char.IsAsciiDigit(c);
            if (digit && inNumber)
                continue;
            inNumber = digit;
            hash ^= digit ? '0' : c;
            hash *= 0x100000001B3UL;
        }
        return Hashing.Mix(hash);
    }

    private static void Forget(SourceLines lines, ulong[] ad)
    {
        foreach (var hash in ad)
        {
            ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(lines.Counts, hash);
            if (--count == 0)
                lines.Counts.Remove(hash);
        }
    }

    private sealed class SourceLines
    {
        public Dictionary<ulong, int> Counts { get; } = [];

        public Queue<ulong[]> Recent { get; } = new();
    }
}
