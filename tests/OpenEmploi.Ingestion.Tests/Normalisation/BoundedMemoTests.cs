using System.Collections.Concurrent;
using OpenEmploi.Ingestion.Normalisation;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class BoundedMemoTests
{
    [Fact]
    public void A_repeated_key_is_computed_once_and_distinct_keys_get_their_own_values()
    {
        var memo = new BoundedMemo<string, string>(64, StringComparer.Ordinal);
        var computed = new List<string>();
        string Get(string key) => memo.GetOrAdd(key, computed, static (k, log) =>
        {
            log.Add(k);
            return k.ToUpperInvariant();
        });

        Assert.Equal("CDI", Get("cdi"));
        Assert.Equal("CDD - 6 MOIS", Get("cdd - 6 mois"));
        Assert.Equal("CDI", Get("cdi"));
        Assert.Equal("CDD - 6 MOIS", Get("cdd - 6 mois"));
        // Equal keys that are other string instances are found too.
        Assert.Equal("CDI", Get(new string("cdi".AsSpan())));

        Assert.Equal(["cdi", "cdd - 6 mois"], computed);
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void It_never_holds_more_than_its_capacity_and_evicted_keys_are_computed_again_correctly()
    {
        var memo = new BoundedMemo<int, int>(256);
        var computations = 0;
        for (var round = 0; round < 3; round++)
        {
            for (var key = 0; key < 10_000; key++)
                Assert.Equal(key * 7, memo.GetOrAdd(key, 0, (k, _) => { computations++; return k * 7; }));
            Assert.True(memo.Count <= memo.Capacity, $"{memo.Count} entries for a capacity of {memo.Capacity}");
        }
        Assert.Equal(256, memo.Capacity);
        // 10,000 keys cycling through 256 slots: nearly every lookup misses, and each miss computes the right value.
        Assert.True(computations > 29_000, $"{computations} computations");
    }

    [Fact]
    public void Keys_of_one_set_are_told_apart_by_equality_not_by_hash()
    {
        // Every key hashes alike: they all share one set of two slots.
        var memo = new BoundedMemo<string, int>(8, new SameHash());
        var computations = 0;
        int Get(string key) => memo.GetOrAdd(key, 0, (k, _) => { computations++; return k.Length; });

        Assert.Equal(1, Get("a"));
        Assert.Equal(2, Get("bb"));
        Assert.Equal(1, Get("a"));      // both held: the set's two slots
        Assert.Equal(2, Get("bb"));
        Assert.Equal(2, computations);
        Assert.Equal(3, Get("ccc"));    // evicts the least recently used, "a"
        Assert.Equal(2, Get("bb"));
        Assert.Equal(3, computations);
        Assert.Equal(1, Get("a"));
        Assert.Equal(4, computations);
        Assert.Equal(2, memo.Count);
    }

    [Fact]
    public void Threads_sharing_it_always_get_the_value_of_their_key()
    {
        var memo = new BoundedMemo<int, string>(128);
        var wrong = new ConcurrentBag<(int, string)>();
        Parallel.For(0, 200_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Few keys (hits and swaps) and many (evictions) at once.
            var key = i % 3 == 0 ? i % 50 : i % 5_000;
            var value = memo.GetOrAdd(key, 0, static (k, _) => "v" + k);
            if (value != "v" + key)
                wrong.Add((key, value));
        });

        Assert.Empty(wrong);
        Assert.True(memo.Count <= 128);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100)]
    public void Its_capacity_is_a_power_of_two_of_at_least_two(int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedMemo<int, int>(capacity));
    }

    private sealed class SameHash : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string obj) => 42;
    }
}
