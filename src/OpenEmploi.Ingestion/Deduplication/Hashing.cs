namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>The few hash steps the de-duplication needs, kept in one place so that every table agrees.</summary>
internal static class Hashing
{
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    /// <summary>SplitMix64's finaliser: every input bit moves every output bit.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public static ulong Chars(ReadOnlySpan<char> s)
    {
        var hash = FnvOffset;
        foreach (var c in s)
        {
            hash ^= c;
            hash *= FnvPrime;
        }
        return Mix(hash);
    }

    /// <summary>Order-dependent combination: (a, b) and (b, a) differ.</summary>
    public static ulong Combine(ulong seed, ulong value) => Mix((seed ^ value) * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);

    /// <summary>The 32-bit form the tables keep: the high half of a mixed hash, never 0 (0 means "none").</summary>
    public static uint Fold32(ulong hash)
    {
        var high = (uint)(hash >> 32);
        return high == 0 ? 1 : high;
    }
}
