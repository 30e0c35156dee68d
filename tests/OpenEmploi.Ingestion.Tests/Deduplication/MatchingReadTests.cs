using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification.Fraud;
using OpenEmploi.Ingestion.Verification.Pay;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// The index's load reads the stored documents for matching only (<see cref="OffreJson.DeserializeForMatching"/>:
/// their lists and work context skipped): what it learns from them must be what the whole
/// documents give — fingerprints, the fraud check's text hashes, the pay read for the salary distribution.
/// </summary>
public sealed class MatchingReadTests
{
    [Fact]
    public void A_document_read_for_matching_gives_the_fingerprint_text_hash_and_pay_of_the_whole_document()
    {
        var set = EvaluationSet.Build(EvaluationTests.Generator.Value, EvaluationTests.Seed, 300).Select(o => o.Offer).ToList();
        var builder = new FingerprintBuilder(new SourceBoilerplate(new BoilerplateOptions()));
        var skipped = 0;
        foreach (var offer in set)
        {
            var json = OffreJson.SerializeToUtf8(offer.Offre);
            var whole = Reread(offer, OffreJson.Deserialize(json));
            var matching = Reread(offer, OffreJson.DeserializeForMatching(json));
            skipped += whole.Offre.Competences is { Count: > 0 } && matching.Offre.Competences is null ? 1 : 0;

            var expected = builder.Build(whole, learn: false);
            var actual = builder.Build(matching, learn: false);
            Assert.Equal(expected.Shingles, actual.Shingles);
            Assert.Equal(expected.BandKeys, actual.BandKeys);
            Assert.Equal(expected.TitleTerms, actual.TitleTerms);
            Assert.Equal(expected.Employer, actual.Employer);
            Assert.Equal(
                (expected.Siret, expected.Commune, expected.PostalCode, expected.Departement, expected.Region, expected.Contract, expected.ContentHash, expected.UrlHash),
                (actual.Siret, actual.Commune, actual.PostalCode, actual.Departement, actual.Region, actual.Contract, actual.ContentHash, actual.UrlHash));
            Assert.Equal(TemplateText.HashOf(whole), TemplateText.HashOf(matching));
            Assert.Equal(PayFacts.Read(whole.Offre, new RawOffer()).MonthlyFullTime, PayFacts.Read(matching.Offre, new RawOffer()).MonthlyFullTime);
            Assert.Equal((whole.Offre.Id, whole.Offre.DateCreation, whole.Offre.DateActualisation), (matching.Offre.Id, matching.Offre.DateCreation, matching.Offre.DateActualisation));
        }
        // The reader did skip something: the lists are there in the whole documents.
        Assert.True(skipped > 100, $"{skipped} documents with skills");
    }

    private static NormalisedOffer Reread(NormalisedOffer offer, Offre offre) =>
        new(offer.Entry with { Offre = offre }, new RawOffer(), offer.Poster, offer.Siret, []);
}
