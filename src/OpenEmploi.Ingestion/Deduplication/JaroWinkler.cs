namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Jaro-Winkler similarity (0 to 1), the record-linkage measure for short names: tolerant of a
/// typo or a swapped pair of letters, with a bonus for a shared prefix of up to four characters.
/// Used on single name tokens, where its prefix bonus cannot make "boulangerie martin" look like
/// "boulangerie durand" (<see cref="EmployerName"/> compares token by token).
/// </summary>
internal static class JaroWinkler
{
    private const double PrefixScale = 0.1;

    public static double Similarity(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.SequenceEqual(b))
            return 1;
        if (a.Length == 0 || b.Length == 0)
            return 0;
        if (a.Length > b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }
        var window = Math.Max(0, (b.Length / 2) - 1);
        Span<bool> flags = b.Length + a.Length <= 256 ? stackalloc bool[a.Length + b.Length] : new bool[a.Length + b.Length];
        var matchedA = flags[..a.Length];
        var matchedB = flags[a.Length..];

        var matches = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var from = Math.Max(0, i - window);
            var to = Math.Min(b.Length - 1, i + window);
            for (var j = from; j <= to; j++)
            {
                if (!matchedB[j] && a[i] == b[j])
                {
                    matchedA[i] = matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0)
            return 0;

        var transpositions = 0;
        var k = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (!matchedA[i])
                continue;
            while (!matchedB[k])
                k++;
            if (a[i] != b[k])
                transpositions++;
            k++;
        }
        double m = matches;
        var jaro = ((m / a.Length) + (m / b.Length) + ((m - (transpositions / 2.0)) / m)) / 3;

        var prefix = 0;
        while (prefix < 4 && prefix < a.Length && a[prefix] == b[prefix])
            prefix++;
        return jaro + (prefix * PrefixScale * (1 - jaro));
    }
}
