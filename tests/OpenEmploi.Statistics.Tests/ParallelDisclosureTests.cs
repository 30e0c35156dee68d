using OpenEmploi.Statistics.Computation;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The roll-up, the disclosure table and the secondary suppression run each indicator's web of
/// relations on its own thread: the stored cells, their values and their masks must be exactly
/// those of one thread (published figures may not depend on the machine's cores).
/// </summary>
public sealed class ParallelDisclosureTests
{
    [Theory]
    [InlineData("69", 3_000, 3)]
    [InlineData("974", 2_500, 5)]
    public async Task A_quarter_gives_the_same_cells_and_masks_on_one_thread_and_on_several(string departement, int seekers, int seed)
    {
        var inputs = SyntheticRegister.Generate(departement, seekers, seed);

        var one = await QuarterlyComputation.ComputeAsync(TestData.Context(), inputs, TestData.Quarter, null, CancellationToken.None, threads: 1);
        var four = await QuarterlyComputation.ComputeAsync(TestData.Context(), inputs, TestData.Quarter, null, CancellationToken.None, threads: 4);

        AssertSame(one, four);
        Assert.Contains(one.Table.Masks, m => m == Core.Statistics.MaskReason.Secondary);
    }

    [Fact]
    public async Task A_year_gives_the_same_cells_and_masks_on_one_thread_and_on_several()
    {
        // The year holds fractional estimates (projects shared among EPCI): their sums must not depend on the threads either.
        var inputs = SyntheticRegister.Generate("974", 2_500, 5);
        var year = StatPeriod.OfYear(2026);

        var one = await AnnualComputation.ComputeAsync(TestData.Context(), inputs, year, null, CancellationToken.None, threads: 1);
        var four = await AnnualComputation.ComputeAsync(TestData.Context(), inputs, year, null, CancellationToken.None, threads: 4);

        AssertSame(one, four);
        Assert.Contains(one.Table.Sums, s => s.Value != Math.Floor(s.Value));
    }

    private static void AssertSame(ComputedTable one, ComputedTable several)
    {
        // Several webs, or the threads would have nothing to share.
        Assert.True(several.Table.WebCount > 1, $"{several.Table.WebCount} web(s)");
        Assert.Equal(one.Table.Keys, several.Table.Keys);
        Assert.Equal(one.Table.RelationTotal, several.Table.RelationTotal);
        Assert.Equal(one.Table.RelationMembers, several.Table.RelationMembers);
        Assert.Equal(one.Table.Sums.Select(s => BitConverter.DoubleToInt64Bits(s.Value)), several.Table.Sums.Select(s => BitConverter.DoubleToInt64Bits(s.Value)));
        Assert.Equal(one.Table.Masks, several.Table.Masks);
        Assert.Equal(one.Cells(), several.Cells());
    }
}
