using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Computation;
using OpenEmploi.Statistics.Disclosure;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The secondary suppression closes most exposures relation by relation, re-reading only the
/// relations of the cells it just masked, and leaves the full audit only a few passes: the proof
/// of <see cref="ConfidentialityProofTests"/> must hold as well on registers of other shapes
/// (Corsica, an overseas département, a rural one, a large city; several seeds and sizes).
/// </summary>
public sealed class SuppressionOnSeveralRegistersTests
{
    [Theory]
    [InlineData("2A", 1_500, 23)]
    [InlineData("974", 2_500, 5)]
    [InlineData("23", 800, 41)]
    [InlineData("69", 3_000, 3)]
    public async Task Nothing_masked_is_recoverable_and_the_suppression_is_what_protects(string departement, int seekers, int seed)
    {
        var inputs = SyntheticRegister.Generate(departement, seekers, seed);
        var table = await QuarterlyComputation.ComputeAsync(TestData.Context(), inputs, TestData.Quarter, null, CancellationToken.None);

        Assert.Empty(new IntervalAudit(table.Table).FindRecoverable());
        var attack = new PublishedMarginsAudit(table.Cells());
        var recovered = attack.Recovered();
        Assert.True(recovered.Count == 0, $"{departement}/{seed} retrouvées : " + string.Join(" ; ", recovered.Take(5)));

        for (var i = 0; i < table.Table.Masks.Length; i++)
        {
            if (table.Table.Masks[i] == MaskReason.Secondary)
                table.Table.Masks[i] = null;
        }
        Assert.NotEmpty(new IntervalAudit(table.Table).FindRecoverable());
        // The reader's attack, too, recovers primary secrets once the complements are published.
        Assert.NotEmpty(new PublishedMarginsAudit(table.Cells()).Recovered());
    }

    [Theory]
    [InlineData("974", 2_500, 5)]
    public async Task The_year_is_protected_too(string departement, int seekers, int seed)
    {
        var inputs = SyntheticRegister.Generate(departement, seekers, seed);
        var cells = await TestData.Engine().ComputeAsync(inputs, Model.StatPeriod.OfYear(2026));

        var recovered = new PublishedMarginsAudit(cells).Recovered();
        Assert.True(recovered.Count == 0, $"{departement}/{seed} retrouvées : " + string.Join(" ; ", recovered.Take(5)));
        Assert.Contains(cells, c => c.Mask == MaskReason.Secondary);
    }

    [Fact]
    public async Task A_pass_of_the_full_audit_is_left_only_a_few_chains()
    {
        var inputs = SyntheticRegister.Generate("69", 3_000, 3);
        var lines = new List<string>();
        var progress = new SynchronousProgress(lines);

        await QuarterlyComputation.ComputeAsync(TestData.Context(), inputs, TestData.Quarter, progress, CancellationToken.None);

        // One line for the relation-by-relation closure, then one per full pass of the audit: the
        // closure leaves it only the exposures through chains, which a few passes settle.
        var passes = lines.Count(l => l.StartsWith("secret secondaire, passe", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("secret secondaire, relations une à une", StringComparison.Ordinal));
        Assert.InRange(passes, 0, 5);
    }

    private sealed class SynchronousProgress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
