using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The roll-up adds every counted cell to each of its territories × activities. It works target
/// territory by target territory on several threads, yet each cell must receive its additions in
/// counting order: with fractional values the order changes the last bits of a sum, and published
/// figures may not depend on the machine's cores nor on how the roll-up is organised.
/// </summary>
public sealed class CellTableRollUpTests
{
    // A small hierarchy: France 0 ← régions 1, 2 ← communes 10..17 (even ones in région 1), each
    // commune also in one of two EPCI-like territories 5, 6 crossing the régions.
    private static int[] TerritoryAncestors(int indicator, int territory) =>
        territory >= 10 ? [territory % 3 == 0 ? 5 : 6, territory % 2 == 0 ? 1 : 2, 0]
        : territory is 1 or 2 ? [0]
        : [];

    // Métiers 20..29 → domaines 8 (even) or 9 (odd) → all (0); indicator 3 gives none (counted at every activity already).
    private static int[] ActivityAncestors(int indicator, int activity) =>
        indicator == 3 ? [] : activity >= 20 ? [8 + activity % 2, 0] : activity is 8 or 9 ? [0] : [];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Every_cell_is_the_sum_of_its_counted_cells_in_counting_order_to_the_last_bit(int threads)
    {
        var counted = Counted(seed: 7, rows: 20_000);
        var table = new CellTable();
        foreach (var (key, value, establishment) in counted)
        {
            if (establishment)
                table.AddEstablishment(key, value);
            else
                table.Add(key, value);
        }

        table.RollUp(TerritoryAncestors, ActivityAncestors, threads);

        var expected = Reference(counted);
        Assert.Equal(expected.Keys.Order(), table.SortedKeys);
        for (var i = 0; i < table.SortedKeys.Length; i++)
        {
            var want = expected[table.SortedKeys[i]];
            var got = table.SortedSums[i];
            Assert.Equal(BitConverter.DoubleToInt64Bits(want.Value), BitConverter.DoubleToInt64Bits(got.Value));
            Assert.Equal(want.Establishments, got.Establishments);
            Assert.Equal(want.Largest, got.Largest);
        }
        // The values were chosen so that the order of additions shows in the sums.
        Assert.Contains(table.SortedSums, s => s.Value != Math.Round(s.Value));
        Assert.True(OrderMatters(counted), "the sums would not reveal a change of order");
    }

    [Fact]
    public void France_holds_every_counted_cell_and_a_commune_only_its_own()
    {
        var table = new CellTable();
        table.Add(new CellKey(1, 10, 20, 0, 0), 2);
        table.Add(new CellKey(1, 11, 21, 0, 0), 3);
        table.Add(new CellKey(1, 10, 22, 0, 4), 5);

        table.RollUp(TerritoryAncestors, ActivityAncestors, threads: 2);

        var cells = table.SortedKeys.Zip(table.SortedSums, (k, s) => (Key: CellKey.Unpack(k), s.Value)).ToDictionary(c => c.Key, c => c.Value);
        Assert.Equal(5, cells[new CellKey(1, 0, 0, 0, 0)]);
        Assert.Equal(5, cells[new CellKey(1, 0, 0, 0, 4)]);
        Assert.Equal(2, cells[new CellKey(1, 0, 8, 0, 0)]);
        Assert.Equal(3, cells[new CellKey(1, 0, 9, 0, 0)]);
        Assert.Equal(5, cells[new CellKey(1, 0, 8, 0, 4)]);
        Assert.Equal(2, cells[new CellKey(1, 10, 0, 0, 0)]);
        Assert.Equal(3, cells[new CellKey(1, 11, 9, 0, 0)]);
        Assert.False(cells.ContainsKey(new CellKey(1, 11, 8, 0, 0)));
        // Communes 10 and 11 are both in EPCI 6 (neither a multiple of 3), in régions 1 and 2.
        Assert.Equal(5, cells[new CellKey(1, 6, 0, 0, 0)]);
        Assert.False(cells.ContainsKey(new CellKey(1, 5, 0, 0, 0)));
        Assert.Equal(2, cells[new CellKey(1, 1, 0, 0, 0)]);
        Assert.Equal(3, cells[new CellKey(1, 2, 21, 0, 0)]);
        // Main values: communes and régions 2 × 3 activities each per row, EPCI 6 and France 5 each;
        // the characteristic: 4 territories × 3 activities.
        Assert.Equal(22 + 12, cells.Count);
    }

    private static List<(CellKey Key, double Value, bool Establishment)> Counted(int seed, int rows)
    {
        var random = new Random(seed);
        var counted = new List<(CellKey, double, bool)>();
        for (var r = 0; r < rows; r++)
        {
            var indicator = 1 + random.Next(3);
            var key = new CellKey(indicator, 10 + random.Next(8), 20 + random.Next(10), random.Next(3), random.Next(4));
            // Magnitudes far apart: 0.1 + 1e16 - 1e16 is 0, 1e16 - 1e16 + 0.1 is 0.1.
            var value = random.Next(4) switch
            {
                0 => 1e16,
                1 => -1e16,
                2 => random.NextDouble(),
                _ => random.Next(1, 5),
            };
            counted.Add((key, value, indicator == 3));
        }
        return counted;
    }

    /// <summary>The definition: one dictionary of counted cells, then each added, in counting order, to every territory × activity.</summary>
    private static Dictionary<long, CellSums> Reference(List<(CellKey Key, double Value, bool Establishment)> counted)
    {
        var cells = new Dictionary<long, CellSums>();
        foreach (var (key, value, establishment) in counted)
        {
            var sums = cells.GetValueOrDefault(key.Packed);
            sums.Value += value;
            if (establishment)
            {
                sums.Establishments++;
                sums.Largest = Math.Max(sums.Largest, value);
            }
            cells[key.Packed] = sums;
        }
        var rolled = new Dictionary<long, CellSums>();
        foreach (var (packed, sums) in cells)
        {
            var key = CellKey.Unpack(packed);
            foreach (var territory in (int[])[key.Territory, .. TerritoryAncestors(key.Indicator, key.Territory)])
            {
                foreach (var activity in (int[])[key.Activity, .. ActivityAncestors(key.Indicator, key.Activity)])
                {
                    var target = (key with { Territory = territory, Activity = activity }).Packed;
                    var into = rolled.GetValueOrDefault(target);
                    into.Add(sums);
                    rolled[target] = into;
                }
            }
        }
        return rolled;
    }

    /// <summary>Whether summing France's cells in reverse order would give other bits: the test could then see a wrong order.</summary>
    private static bool OrderMatters(List<(CellKey Key, double Value, bool Establishment)> counted)
    {
        var forward = counted.Where(c => c.Key.Indicator == 1).Aggregate(0.0, (s, c) => s + c.Value);
        var backward = counted.Where(c => c.Key.Indicator == 1).Reverse().Aggregate(0.0, (s, c) => s + c.Value);
        return BitConverter.DoubleToInt64Bits(forward) != BitConverter.DoubleToInt64Bits(backward);
    }
}
