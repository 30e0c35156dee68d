using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Storage;

namespace OpenEmploi.OpenData.Tests.Export;

/// <summary>
/// The demo generator with recruiters' contacts in a third of the descriptions, as the export's
/// tests need them: what it wrote (employers, contacts) is kept to check the export against.
/// </summary>
public sealed class GeneratedBase
{
    public const int Offers = 3_000;

    public static readonly DateTime Now = new(2026, 11, 28, 9, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<GeneratorContext> Context = new(() => new GeneratorContext(ReferenceData.LoadDefault()));

    public GeneratedBase()
    {
        Generator = new OffreGenerator(Context.Value, new OffreGeneratorOptions { Seed = 7, Now = Now, ContactShare = 0.35 });
        Offres = [.. Generator.GenerateDetailed(0, Offers)];
    }

    public OffreGenerator Generator { get; }

    public static ReferenceData ReferenceData => Context.Value.Data;

    public IReadOnlyList<OffreGeneree> Offres { get; }

    public async Task SeedAsync(IOffreStore store)
    {
        await store.UpsertSourcesAsync(Generator.Partenaires);
        await store.BulkInsertAsync(Offres.Select(o => o.Entry));
    }
}
