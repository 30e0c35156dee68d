using OpenEmploi.Core.Text;

namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// Commune names folded once at load time and sorted, so that a name search is a binary search
/// for exact and prefix matches, plus one bounded edit-distance pass only when those are too few.
/// </summary>
internal sealed class CommuneNameIndex
{
    private readonly Commune[] _communes;
    private readonly string[] _keys;
    private readonly int[] _sorted;

    public CommuneNameIndex(IReadOnlyList<Commune> communes)
    {
        _communes = [.. communes];
        _keys = new string[_communes.Length];
        for (var i = 0; i < _keys.Length; i++)
            _keys[i] = Key(_communes[i].Nom);
        _sorted = new int[_keys.Length];
        for (var i = 0; i < _sorted.Length; i++)
            _sorted[i] = i;
        Array.Sort(_sorted, (a, b) => string.CompareOrdinal(_keys[a], _keys[b]));
    }

    public IReadOnlyList<Commune> Find(string name, int max)
    {
        ArgumentNullException.ThrowIfNull(name);
        var query = Key(name);
        if (query.Length == 0 || max <= 0)
            return [];

        var exact = new List<int>();
        var prefix = new List<int>();
        for (var i = LowerBound(query); i < _sorted.Length; i++)
        {
            var index = _sorted[i];
            if (!_keys[index].StartsWith(query, StringComparison.Ordinal))
                break;
            (_keys[index].Length == query.Length ? exact : prefix).Add(index);
        }

        var results = new List<Commune>(max);
        AddByPopulation(results, exact, max);
        AddByPopulation(results, prefix, max);
        if (results.Count < max)
            AddFuzzy(results, query, max);
        return results;
    }

    // Official names always spell "Saint"; people type "St" and "Ste".
    private static string Key(string name)
    {
        var folded = TextFolding.Fold(name);
        if (!folded.Contains("st", StringComparison.Ordinal))
            return folded;
        var words = folded.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "st" => "saint",
                "ste" => "sainte",
                "sts" => "saints",
                "stes" => "saintes",
                var w => w,
            };
        }
        return string.Join(' ', words);
    }

    private int LowerBound(string query)
    {
        int lo = 0, hi = _sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_keys[_sorted[mid]], query) < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    private void AddByPopulation(List<Commune> results, List<int> indexes, int max)
    {
        if (results.Count >= max)
            return;
        indexes.Sort(ByPopulationDescending);
        foreach (var index in indexes)
        {
            results.Add(_communes[index]);
            if (results.Count >= max)
                return;
        }
    }

    // Names that start with the query were already taken by the prefix pass; a near miss is a
    // whole name within a small edit distance (1 typo up to 7 letters, 2 beyond; none under 4).
    private void AddFuzzy(List<Commune> results, string query, int max)
    {
        var budget = query.Length < 4 ? 0 : query.Length <= 7 ? 1 : 2;
        if (budget == 0)
            return;
        var near = new List<(int Distance, int Index)>();
        for (var i = 0; i < _keys.Length; i++)
        {
            var key = _keys[i];
            if (Math.Abs(key.Length - query.Length) > budget || key.StartsWith(query, StringComparison.Ordinal))
                continue;
            var distance = EditDistance.Compute(query, key, budget);
            if (distance <= budget)
                near.Add((distance, i));
        }
        near.Sort((a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : ByPopulationDescending(a.Index, b.Index));
        foreach (var (_, index) in near)
        {
            if (results.Count >= max)
                return;
            results.Add(_communes[index]);
        }
    }

    private int ByPopulationDescending(int a, int b)
    {
        var byPopulation = _communes[b].Population.CompareTo(_communes[a].Population);
        return byPopulation != 0 ? byPopulation : string.CompareOrdinal(_communes[a].CodeInsee, _communes[b].CodeInsee);
    }
}
