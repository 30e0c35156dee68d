using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Normalisation;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

/// <summary>The reference data, one normaliser and one generator, built once for all normalisation tests.</summary>
internal static class Shared
{
    public const string Partner = "JOBBOARD";

    /// <summary>The clock of the normaliser, and the generator's reference time.</summary>
    public static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly Lazy<ReferenceData> LazyData = new(ReferenceData.LoadDefault);
    private static readonly Lazy<OffreNormaliser> LazyNormaliser = new(() => new OffreNormaliser(Data, new FakeTimeProvider(new DateTimeOffset(Now))));
    private static readonly Lazy<OffreGenerator> LazyGenerator = new(() => new OffreGenerator(Data, new OffreGeneratorOptions { Seed = 42, Now = Now }));

    public static ReferenceData Data => LazyData.Value;

    public static OffreNormaliser Normaliser => LazyNormaliser.Value;

    public static OffreGenerator Generator => LazyGenerator.Value;

    /// <summary>A minimal valid record (a baker in Lyon 3e) that a test then changes.</summary>
    public static RawOffer Offer(Action<RawOffer>? change = null)
    {
        var raw = new RawOffer
        {
            RecordNumber = 1,
            SourceId = "REF-1",
            Title = "Boulanger H/F",
            Description = "Boulangerie de quartier recherche un boulanger.",
            Place = new RawPlace { PostalCode = "69003", City = "Lyon" },
        };
        change?.Invoke(raw);
        return raw;
    }

    public static NormalisationResult Normalise(RawOffer raw, string source = Partner, PosterKind poster = PosterKind.Partner) =>
        Normaliser.Normalise(raw, source, poster);

    /// <summary>The offer of an accepted record; fails the test with the rejections otherwise.</summary>
    public static NormalisedOffer Accepted(RawOffer raw, string source = Partner)
    {
        var result = Normalise(raw, source);
        Assert.False(result.IsRejected, string.Join("; ", result.Rejections.Select(r => r.Message)));
        return result.Offer!;
    }

    public static Offre Wire(Action<RawOffer> change) => Accepted(Offer(change)).Offre;

    public static bool HasNote(NormalisedOffer offer, string field, string fragment) =>
        offer.Notes.Any(n => n.Field == field && n.Message.Contains(fragment, StringComparison.Ordinal));
}
