using OpenEmploi.Statistics.Computation;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The disclosure table's relations are written straight into one array (each indicator's web at
/// its own place) and indexed by cell with a single array over the cells: the index must list,
/// for every cell, exactly the relations it takes part in, as total or part, in increasing order,
/// and the relations must keep every part (the audit reads both).
/// </summary>
public sealed class DisclosureRelationIndexTests
{
    [Fact]
    public async Task Each_cell_lists_exactly_the_relations_it_takes_part_in_in_increasing_order()
    {
        var inputs = SyntheticRegister.Generate("69", 3_000, 3);
        var computed = await QuarterlyComputation.ComputeAsync(TestData.Context(), inputs, TestData.Quarter, null, CancellationToken.None, threads: 2);
        var t = computed.Table;

        var expected = Enumerable.Range(0, t.Keys.Length).Select(_ => new List<int>()).ToArray();
        for (var r = 0; r < t.RelationCount; r++)
        {
            expected[t.RelationTotal[r]].Add(r);
            Assert.True(t.RelationStart[r + 1] - t.RelationStart[r] >= 1, $"relation {r} without a part");
            for (var m = t.RelationStart[r]; m < t.RelationStart[r + 1]; m++)
                expected[t.RelationMembers[m]].Add(r);
        }

        Assert.True(t.RelationCount > 1_000, $"{t.RelationCount} relations");
        Assert.Equal(t.Keys.Length + 1, t.CellRelationStart.Length);
        Assert.Equal(t.RelationMembers.Length + t.RelationCount, t.CellRelations.Length);
        for (var c = 0; c < t.Keys.Length; c++)
            Assert.Equal(expected[c], t.CellRelations[t.CellRelationStart[c]..t.CellRelationStart[c + 1]]);
        // Every relation's parts lie in its total's web, and the relations of a web follow each other.
        for (var w = 0; w < t.WebCount; w++)
        {
            for (var r = t.WebRelationStart[w]; r < t.WebRelationStart[w + 1]; r++)
            {
                Assert.InRange(t.RelationTotal[r], t.WebStart[w], t.WebStart[w + 1] - 1);
                for (var m = t.RelationStart[r]; m < t.RelationStart[r + 1]; m++)
                    Assert.InRange(t.RelationMembers[m], t.WebStart[w], t.WebStart[w + 1] - 1);
            }
        }
    }
}
