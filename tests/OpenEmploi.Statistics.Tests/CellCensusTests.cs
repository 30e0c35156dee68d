using System.Globalization;
using OpenEmploi.Statistics.Computation;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The progress of a computation tells, after the roll-up, how many cells each indicator has and
/// how many are hidden: what an operator reads to foresee the next scale's cost.
/// </summary>
public sealed class CellCensusTests
{
    private sealed class Lines : IProgress<string>
    {
        public List<string> All { get; } = [];

        public void Report(string value) => All.Add(value);
    }

    [Fact]
    public async Task The_progress_counts_each_indicators_cells_and_hidden_cells_as_the_table_holds_them()
    {
        var inputs = SyntheticRegister.Generate("69", 1_500, 11);
        var progress = new Lines();

        var computed = await QuarterlyComputation.ComputeAsync(TestData.Context(), inputs, TestData.Quarter, progress, CancellationToken.None);

        var table = computed.Table;
        var context = table.Context;
        var stock = context.Codes.Indicator(Indicators.JobSeekers);
        var cells = Enumerable.Range(0, table.Keys.Length).Where(i => CellKey.IndicatorOf(table.Keys[i]) == stock).ToList();
        var hidden = cells.Count(i => !table.Publishable[i]);
        var communesByMetier = cells.Count(i => CellKey.Unpack(table.Keys[i]) is var k
            && context.Territories[k.Territory].Level == Core.Statistics.TerritoryLevel.Commune && context.Activities[k.Activity].Type == "ROME");
        var line = Assert.Single(progress.All, l => l.Contains(" DE_1 : ", StringComparison.Ordinal));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"DE_1 : {cells.Count:N0} cellules dont {hidden:N0} cachées ;"), line, StringComparison.Ordinal);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $" Commune×ROME {communesByMetier:N0}"), line, StringComparison.Ordinal);
        Assert.True(hidden > 0 && communesByMetier > 0);
    }
}
