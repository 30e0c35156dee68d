namespace OpenEmploi.Core.Offres;

/// <summary>
/// Offer ids look like France Travail's: 7 characters, three digits then four capital letters
/// ("048KLTP"). The id space holds 1000 × 26⁴ = 456,976,000 ids; <see cref="FromNumber"/> is a
/// bijection from [0, <see cref="Capacity"/>) onto it, so distinct numbers give distinct ids.
/// </summary>
public static class OffreId
{
    public const int Length = 7;
    public const long Capacity = 1000L * 26 * 26 * 26 * 26;

    public static string FromNumber(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(number, Capacity);
        return string.Create(Length, number, static (span, n) =>
        {
            var letters = n % (26 * 26 * 26 * 26);
            var digits = n / (26 * 26 * 26 * 26);
            span[0] = (char)('0' + (digits / 100));
            span[1] = (char)('0' + (digits / 10 % 10));
            span[2] = (char)('0' + (digits % 10));
            for (var i = 6; i >= 3; i--)
            {
                span[i] = (char)('A' + (letters % 26));
                letters /= 26;
            }
        });
    }

    public static long ToNumber(string id)
    {
        if (!IsValid(id))
            throw new FormatException($"« {id} » n'est pas un identifiant d'offre (3 chiffres puis 4 lettres majuscules).");
        long letters = 0;
        for (var i = 3; i < Length; i++)
            letters = (letters * 26) + (id[i] - 'A');
        var digits = ((id[0] - '0') * 100) + ((id[1] - '0') * 10) + (id[2] - '0');
        return (digits * 26L * 26 * 26 * 26) + letters;
    }

    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.Length != Length)
            return false;
        for (var i = 0; i < 3; i++)
        {
            if (!char.IsAsciiDigit(id[i]))
                return false;
        }
        for (var i = 3; i < Length; i++)
        {
            if (!char.IsAsciiLetterUpper(id[i]))
                return false;
        }
        return true;
    }
}

/// <summary>
/// Hands out unique offer ids in a scattered but reproducible order: the n-th id is
/// FromNumber((a·n + b) mod Capacity) with a coprime to Capacity (whose prime factors are 2, 5
/// and 13), so the sequence never repeats before the whole space is used.
/// </summary>
public sealed class OffreIdSequence
{
    private readonly long _multiplier;
    private readonly long _offset;
    private long _next;

    public OffreIdSequence(int seed, long start = 0)
    {
        var random = new Random(seed);
        var multiplier = (random.NextInt64(Capacity / 3, Capacity) | 1);
        while (multiplier % 5 == 0 || multiplier % 13 == 0)
            multiplier += 2;
        _multiplier = multiplier;
        _offset = random.NextInt64(0, Capacity);
        _next = start;
    }

    private static long Capacity => OffreId.Capacity;

    /// <summary>How many ids this sequence has handed out, counting the starting position.</summary>
    public long Position => _next;

    public string Next() => IdAt(_next++);

    /// <summary>
    /// The id this sequence hands out at position <paramref name="index"/>, without advancing it:
    /// lets generators compute offer i's id directly, in any order or in parallel.
    /// </summary>
    public string IdAt(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Capacity);
        var permuted = (long)((((UInt128)(ulong)index * (ulong)_multiplier) + (ulong)_offset) % (ulong)Capacity);
        return OffreId.FromNumber(permuted);
    }
}
