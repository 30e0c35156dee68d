using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using Xunit.Abstractions;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// The de-duplication measured on the labelled set (docs/deduplication.md records the figures):
/// pair precision ≥ 0.97 (a wrong merge hides a real job) and recall ≥ 0.93.
/// </summary>
public sealed class EvaluationTests(ITestOutputHelper output)
{
    public const int Seed = 2026;
    public const int Originals = 5000;

    internal static readonly Lazy<OffreGenerator> Generator = new(() =>
        new OffreGenerator(ReferenceData.LoadDefault(), new OffreGeneratorOptions { Seed = Seed, Now = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc) }));

    [Fact]
    public void Precision_and_recall_meet_the_targets()
    {
        var set = EvaluationSet.Build(Generator.Value, Seed, Originals);
        var figures = EvaluationFigures.Run(set);
        output.WriteLine($"seed {Seed}, {Originals:N0} originals");
        output.WriteLine(figures.ToString());
        Assert.True(figures.Precision >= 0.97, figures.ToString());
        Assert.True(figures.Recall >= 0.93, figures.ToString());
    }

    [Fact]
    public void The_set_is_the_same_for_the_same_seed()
    {
        var a = EvaluationSet.Build(Generator.Value, Seed, 200);
        var b = EvaluationSet.Build(Generator.Value, Seed, 200);
        Assert.Equal(a.Select(o => (o.Offer.Offre.Id, o.Job, o.Kind, o.Offer.Offre.Description)), b.Select(o => (o.Offer.Offre.Id, o.Job, o.Kind, o.Offer.Offre.Description)));
        Assert.Contains(a, o => o.Kind.StartsWith("negative", StringComparison.Ordinal));
        Assert.Contains(a, o => o.Kind == "partner copy");
    }
}
