using OpenEmploi.DataGen.Offres;
using OpenEmploi.Search.Facts;

namespace OpenEmploi.Search.Tests.Index;

/// <summary>Generated offers (seeded, fixed clock) turned into facts by the production extractor.</summary>
internal static class GeneratedCorpus
{
    private static readonly Lazy<List<OffreFacts>> Lazy5000 = new(() => Generate(0, 5000));

    public static List<OffreFacts> Facts5000 => Lazy5000.Value;

    // Building a generator loads its tables: one, shared (it pools its builders, thread-safe).
    private static readonly Lazy<OffreGenerator> SharedGenerator =
        new(() => new OffreGenerator(TestIndexes.Data, new OffreGeneratorOptions { Seed = 1, Now = TestIndexes.T0 }));

    public static OffreGenerator Generator() => SharedGenerator.Value;

    public static List<OffreFacts> Generate(long start, int count)
    {
        var extractor = new OffreFactsExtractor(TestIndexes.Data);
        return [.. Generator().Generate(start, count).Select(extractor.Extract)];
    }
}
