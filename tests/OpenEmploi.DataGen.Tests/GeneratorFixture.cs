using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;

namespace OpenEmploi.DataGen.Tests;

/// <summary>Reference data, one generator and a sample of 20,000 offers, built once for all tests.</summary>
public sealed class GeneratorFixture
{
    public const int SampleSize = 20_000;

    public static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    public GeneratorFixture()
    {
        Data = ReferenceData.LoadDefault();
        Context = new GeneratorContext(Data);
        Generator = NewGenerator(42);
        Sample = [.. Generator.GenerateDetailed(0, SampleSize)];
    }

    public ReferenceData Data { get; }

    public GeneratorContext Context { get; }

    public OffreGenerator Generator { get; }

    public IReadOnlyList<OffreGeneree> Sample { get; }

    public OffreGenerator NewGenerator(int seed) => new(Context, new OffreGeneratorOptions { Seed = seed, Now = Now });
}

[CollectionDefinition(Name)]
public sealed class GeneratorCollection : ICollectionFixture<GeneratorFixture>
{
    public const string Name = "generator";
}
