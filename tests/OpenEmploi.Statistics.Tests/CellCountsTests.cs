using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>The counting threads' table: every increment kept through its growth, and cells handed over once each.</summary>
public sealed class CellCountsTests
{
    [Fact]
    public void Counts_survive_growth_and_reach_the_table_once_per_cell()
    {
        var counts = new CellCounts(capacity: 16);
        var expected = new Dictionary<long, int>();
        var random = new Random(7);
        for (var i = 0; i < 50_000; i++)
        {
            // Key 0 too (indicator 0 at territory 0): an empty slot is not a zero key.
            var key = new CellKey(random.Next(3), random.Next(2_000), random.Next(40), random.Next(4), random.Next(3)).Packed;
            var n = i % 5 == 0 ? 0L : key;
            counts.Add(n, 2);
            expected[n] = expected.GetValueOrDefault(n) + 2;
        }

        Assert.Equal(expected.Count, counts.Count);
        var table = new CellTable();
        counts.AddTo(table);
        table.RollUp((_, _) => [], (_, _) => [], threads: 1);

        // Handed over, the counts are let go (their arrays must not live beside the cell table's).
        Assert.Equal(0, counts.Count);
        Assert.Equal(expected.Keys.Order(), table.SortedKeys);
        Assert.Equal(expected.OrderBy(e => e.Key).Select(e => (double)e.Value), table.SortedSums.Select(s => s.Value));
    }

    [Fact]
    public void Merged_counts_add_up_under_the_translated_keys()
    {
        var one = new CellCounts();
        var two = new CellCounts();
        one.Add(new CellKey(1, 10, 5, 2, 1).Packed);
        two.Add(new CellKey(1, 10, 5, 2, 2).Packed, 3);
        two.Add(new CellKey(1, 11, 5, 2, 0).Packed);

        // Local characteristic 1 of the first and 2 of the second are the same code, 7.
        var merged = new CellCounts();
        static long Translate(long key) => (key & ~0x1FFL) | ((key & 0x1FF) == 0 ? 0L : 7L);
        merged.AddAll(one, Translate);
        merged.AddAll(two, Translate);
        var table = new CellTable();
        merged.AddTo(table);
        table.RollUp((_, _) => [], (_, _) => [], threads: 1);

        Assert.Equal([new CellKey(1, 10, 5, 2, 7).Packed, new CellKey(1, 11, 5, 2, 0).Packed], table.SortedKeys);
        Assert.Equal([4.0, 1.0], table.SortedSums.Select(s => s.Value));
    }
}
