using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Computation;
using OpenEmploi.Statistics.Disclosure;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The proof on a generated register (a département, a few thousand job seekers, small
/// counts everywhere): no published cell breaks a confidentiality rule, recomputed from the raw
/// rows; and no masked value can be recovered from the published margins, checked both by an
/// attack on the published cells alone and by the engine's own audit of every relation
/// (including the never-published métier-by-commune cells).
/// </summary>
public sealed class ConfidentialityProofTests
{
    private static readonly Lazy<InMemoryStatisticsInputs> Inputs = new(() => SyntheticRegister.Generate("01", 4_000, 7));

    [Theory]
    [InlineData("2026T3")]
    [InlineData("2026")]
    public async Task No_published_cell_breaks_a_rule(string periodCode)
    {
        var period = Model.StatPeriod.Parse(periodCode);
        var cells = await TestData.Engine().ComputeAsync(Inputs.Value, period);
        var raw = new RawFigures(Inputs.Value, period);

        Assert.NotEmpty(cells);
        Assert.All(cells.Where(c => c.IsMasked), c => Assert.True(c.Value is null && c.Percentage is null));
        Assert.All(cells.Where(c => c.Indicator is "DE_1" or "DE_5" or "DE_SORT" && !c.IsMasked && c.CharacteristicType != "EVOLUTION"),
            c => Assert.True(c.Value >= 11, $"{c} : moins de 11 personnes publiées"));
        foreach (var cell in cells.Where(c => c.Indicator is "EMB_1" or "SECT_EFF" && !c.IsMasked))
        {
            var (establishments, total, largest) = raw.Establishments(cell);
            Assert.Equal(total, cell.Value);
            Assert.True(establishments >= 3 && largest <= 0.85 * total && total >= 11, $"{cell} : {establishments} établissements, plus gros {largest}");
        }
        foreach (var cell in cells.Where(c => c.Percentage is not null && c.CharacteristicType.Length > 0 && c.CharacteristicType != "EVOLUTION"))
        {
            var main = cells.Single(c => c.Indicator == cell.Indicator && c.TerritoryLevel == cell.TerritoryLevel && c.TerritoryCode == cell.TerritoryCode
                && c.ActivityType == cell.ActivityType && c.ActivityCode == cell.ActivityCode && c.NomenclatureCode == cell.NomenclatureCode
                && c.CharacteristicType.Length == 0);
            Assert.True(main.Value >= 30, $"{cell} : part sur un dénominateur de {main.Value}");
        }
        Assert.All(cells.Where(c => c.Indicator == "DE_TXSORT" && !c.IsMasked),
            c => Assert.True(raw.AbcStockAtStart(c) >= 30, $"{c} : taux sur moins de 30"));
        var tension = cells.Where(c => c.Indicator == "PERSP_2" && !c.IsMasked).ToList();
        Assert.All(tension, c => Assert.True(raw.MeetsTensionFloor(c), $"{c} : tension sous le seuil de publication"));
        if (period.Kind == PeriodKind.Year)
            Assert.NotEmpty(tension);
    }

    [Theory]
    [InlineData("2026T3")]
    [InlineData("2026")]
    public async Task No_masked_value_can_be_recovered_from_the_published_margins(string periodCode)
    {
        var period = Model.StatPeriod.Parse(periodCode);
        var cells = await TestData.Engine().ComputeAsync(Inputs.Value, period);

        var attack = new PublishedMarginsAudit(cells);
        Assert.True(attack.RelationCount > 1_000, $"{attack.RelationCount} relations seulement");
        Assert.True(attack.MaskedCount > 100, $"{attack.MaskedCount} cellules masquées seulement");
        var recovered = attack.Recovered();
        Assert.True(recovered.Count == 0, "Retrouvées : " + string.Join(" ; ", recovered.Take(5)));
        Assert.Contains(cells, c => c.Mask == MaskReason.Secondary);
    }

    [Fact]
    public async Task The_engines_own_audit_finds_nothing_recoverable_even_through_unpublished_cells()
    {
        var context = TestData.Context();
        var table = await QuarterlyComputation.ComputeAsync(context, Inputs.Value, TestData.Quarter, null, CancellationToken.None);

        Assert.Empty(new IntervalAudit(table.Table).FindRecoverable());
        // Without the secondary masks, the same audit recovers cells: the suppression did the work.
        var primaryOnly = await QuarterlyComputation.ComputeAsync(TestData.Context(), Inputs.Value, TestData.Quarter, null, CancellationToken.None);
        for (var i = 0; i < primaryOnly.Table.Masks.Length; i++)
        {
            if (primaryOnly.Table.Masks[i] == MaskReason.Secondary)
                primaryOnly.Table.Masks[i] = null;
        }
        Assert.NotEmpty(new IntervalAudit(primaryOnly.Table).FindRecoverable());
    }

    [Fact]
    public async Task Two_runs_over_the_same_inputs_publish_the_same_cells()
    {
        var first = await TestData.Engine().ComputeAsync(Inputs.Value, TestData.Quarter);
        var second = await TestData.Engine().ComputeAsync(Inputs.Value, TestData.Quarter);

        Assert.Equal(first, second);
    }
}
