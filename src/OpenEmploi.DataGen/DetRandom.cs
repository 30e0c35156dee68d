namespace OpenEmploi.DataGen;

/// <summary>
/// A small, fast, splittable pseudo-random source (xoshiro256** seeded through SplitMix64).
/// <see cref="Reset"/> derives the whole state from (seed, stream, index), so the n-th entity of a
/// stream is the same whatever the batch size, the thread or the order it is generated in: that is
/// what makes parallel generation and <c>--append</c> reproducible. Not for security.
/// </summary>
public sealed class DetRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public DetRandom(ulong seed, ulong stream, ulong index) => Reset(seed, stream, index);

    /// <summary>Re-seeds in place (no allocation), for a worker that generates entity after entity.</summary>
    public void Reset(ulong seed, ulong stream, ulong index)
    {
        // Three independent SplitMix64 mixes folded together, then expanded to the 256-bit state.
        var x = Mix(seed ^ 0x9E3779B97F4A7C15UL);
        x = Mix(x ^ (stream * 0xD1B54A32D192ED03UL) ^ 0x632BE59BD9B4E019UL);
        x = Mix(x ^ (index * 0xAEF17502108EF2D9UL) ^ 0x85157AF5D2DF6A9BUL);
        _s0 = Mix(x += 0x9E3779B97F4A7C15UL);
        _s1 = Mix(x += 0x9E3779B97F4A7C15UL);
        _s2 = Mix(x += 0x9E3779B97F4A7C15UL);
        _s3 = Mix(x + 0x9E3779B97F4A7C15UL);
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1), 53 bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, maxExclusive) without modulo bias (Lemire's multiply-shift).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var range = (ulong)maxExclusive;
        var product = (UInt128)NextUInt64() * range;
        var low = (ulong)product;
        if (low < range)
        {
            var threshold = (0UL - range) % range;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * range;
                low = (ulong)product;
            }
        }
        return (int)(product >> 64);
    }

    /// <summary>Uniform in [minInclusive, maxExclusive).</summary>
    public int Next(int minInclusive, int maxExclusive) => minInclusive + Next(maxExclusive - minInclusive);

    /// <summary>True with probability <paramref name="probability"/>.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public T Pick<T>(T[] items) => items[Next(items.Length)];

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>Stream numbers: one per generated entity kind, so that kinds never share random draws.</summary>
public static class GeneratorStreams
{
    public const ulong Offres = 1;
    public const ulong Employeurs = 2;
    public const ulong DemandeursEmploi = 3;
    public const ulong Etablissements = 4;
    public const ulong Embauches = 5;

    /// <summary>Recruiters' contact details written into descriptions (opt-in: <c>ContactShare</c>).</summary>
    public const ulong Contacts = 6;

    /// <summary>The annual recruitment-projects survey (statistics inputs), one draw per year and zone d'emploi.</summary>
    public const ulong ProjetsRecrutement = 7;

    /// <summary>Registered offers as statistics count them (not the offers base's documents).</summary>
    public const ulong OffresEnregistrees = 8;
}
