using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// MinHash signatures: 128 32-bit values, each the minimum over a text's shingles of one
/// permutation of the shingle hashes. A shingle is hashed once (64 bits, <see cref="Shingler"/>);
/// permutation i is the multiply-add-shift h_i(x) = (a_i·x + b_i) >> 32 with fixed odd a_i and
/// random b_i (Dietzfelbinger's universal family), computed a vector at a time. Keeping the
/// minimum of the full 64-bit a_i·x + b_i and shifting at the end gives the same value as the
/// minimum of the shifted ones, with one shift per signature instead of one per shingle.
/// The probability that two signatures agree at one position is the Jaccard similarity of the
/// shingle sets, hence LSH: 32 bands of 4 rows, two texts meet in a band with probability J⁴.
/// </summary>
internal static class MinHasher
{
    public const int HashCount = 128;
    public const int Bands = 32;
    public const int Rows = HashCount / Bands;

    // Fixed seeds: signatures stored or compared across runs and machines must agree.
    private static readonly ulong[] Multipliers = Seeds(0x5DEECE66DUL, odd: true);
    private static readonly ulong[] Increments = Seeds(0xB5297A4D3F84D5B5UL, odd: false);

    public static void Signature(ReadOnlySpan<ulong> shingles, Span<uint> signature)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(signature.Length, HashCount);
        Span<ulong> minima = stackalloc ulong[HashCount];
        minima.Fill(ulong.MaxValue);
        ref var a = ref MemoryMarshal.GetArrayDataReference(Multipliers);
        ref var b = ref MemoryMarshal.GetArrayDataReference(Increments);
        ref var m = ref MemoryMarshal.GetReference(minima);
        var width = Vector<ulong>.Count;
        foreach (var shingle in shingles)
        {
            var x = new Vector<ulong>(shingle);
            for (var i = 0; i < HashCount; i += width)
            {
                var offset = (nuint)i;
                var permuted = (x * Vector.LoadUnsafe(ref a, offset)) + Vector.LoadUnsafe(ref b, offset);
                Vector.Min(Vector.LoadUnsafe(ref m, offset), permuted).StoreUnsafe(ref m, offset);
            }
        }
        for (var i = 0; i < HashCount; i++)
            signature[i] = (uint)(minima[i] >> 32);
    }

    /// <summary>One 32-bit key per band: the hash of its four rows.</summary>
    public static void BandKeys(ReadOnlySpan<uint> signature, Span<uint> keys)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(signature.Length, HashCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(keys.Length, Bands);
        for (var band = 0; band < Bands; band++)
        {
            var row = signature.Slice(band * Rows, Rows);
            var high = ((ulong)row[0] << 32) | row[1];
            var low = ((ulong)row[2] << 32) | row[3];
            keys[band] = Hashing.Fold32(Hashing.Combine(Hashing.Mix(high), low));
        }
    }

    /// <summary>The share of equal positions: an unbiased estimate of the Jaccard similarity.</summary>
    public static double Estimate(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        var equal = 0;
        for (var i = 0; i < HashCount; i++)
        {
            if (a[i] == b[i])
                equal++;
        }
        return equal / (double)HashCount;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong[] Seeds(ulong seed, bool odd)
    {
        var values = new ulong[HashCount];
        var state = seed;
        for (var i = 0; i < HashCount; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var value = Hashing.Mix(state);
            values[i] = odd ? value | 1 : value;
        }
        return values;
    }
}
