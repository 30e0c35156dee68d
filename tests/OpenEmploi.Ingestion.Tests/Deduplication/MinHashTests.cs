using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class MinHashTests
{
    /// <summary>Sets of random 64-bit shingles sharing exactly <paramref name="common"/> of them.</summary>
    internal static (ulong[] A, ulong[] B) Pair(int seed, int onlyA, int onlyB, int common)
    {
        var random = new Random(seed);
        var shared = Enumerable.Range(0, common).Select(_ => (ulong)random.NextInt64()).ToArray();
        var a = shared.Concat(Enumerable.Range(0, onlyA).Select(_ => (ulong)random.NextInt64())).Order().ToArray();
        var b = shared.Concat(Enumerable.Range(0, onlyB).Select(_ => (ulong)random.NextInt64())).Order().ToArray();
        return (a, b);
    }

    internal static uint[] Signature(ulong[] shingles)
    {
        var signature = new uint[MinHasher.HashCount];
        MinHasher.Signature(shingles, signature);
        return signature;
    }

    [Theory]
    [InlineData(0, 0, 200)]     // J = 1
    [InlineData(50, 50, 100)]   // J = 0.5
    [InlineData(100, 60, 40)]   // J = 0.2
    [InlineData(20, 0, 180)]    // J = 0.9 (a shortened copy)
    [InlineData(150, 150, 0)]   // J = 0
    public void The_estimate_is_close_to_the_true_jaccard(int onlyA, int onlyB, int common)
    {
        var truth = common / (double)(onlyA + onlyB + common);
        var errors = new List<double>();
        for (var seed = 0; seed < 20; seed++)
        {
            var (a, b) = Pair(seed, onlyA, onlyB, common);
            errors.Add(MinHasher.Estimate(Signature(a), Signature(b)) - truth);
        }
        // 128 hashes: standard error sqrt(J(1-J)/128) ≤ 0.045; the mean of 20 pairs is much tighter.
        Assert.All(errors, e => Assert.InRange(e, -0.15, 0.15));
        Assert.InRange(errors.Average(), -0.03, 0.03);
    }

    [Fact]
    public void Signatures_do_not_depend_on_shingle_order_or_repeats()
    {
        var (a, _) = Pair(1, 100, 0, 0);
        var shuffled = a.Reverse().Concat(a.Take(10)).ToArray();
        Assert.Equal(Signature(a), Signature(shuffled));
    }

    [Fact]
    public void Band_keys_are_equal_exactly_where_the_four_rows_are()
    {
        var (a, b) = Pair(3, 30, 30, 120);
        var sa = Signature(a);
        var sb = Signature(b);
        var ka = new uint[MinHasher.Bands];
        var kb = new uint[MinHasher.Bands];
        MinHasher.BandKeys(sa, ka);
        MinHasher.BandKeys(sb, kb);
        for (var band = 0; band < MinHasher.Bands; band++)
        {
            var rowsEqual = sa.AsSpan(band * MinHasher.Rows, MinHasher.Rows).SequenceEqual(sb.AsSpan(band * MinHasher.Rows, MinHasher.Rows));
            Assert.Equal(rowsEqual, ka[band] == kb[band]);
        }
    }
}
