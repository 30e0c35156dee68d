using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Tests.Deduplication;
using OpenEmploi.Ingestion.Verification.Fraud;
using OpenEmploi.Storage.Ingestion;
using NormalisationShared = OpenEmploi.Ingestion.Tests.Normalisation.Shared;

namespace OpenEmploi.Ingestion.Tests.Pipeline;

/// <summary>
/// The print stored with each row (<see cref="RowPrinter"/>) is what the next session's load
/// computes from the row's stored JSON parsed back. The take stage derives it from the document in
/// memory instead of parsing back the JSON it just wrote: byte for byte the same print, for
/// generated offers, normalised records, and documents whose values the wire writes otherwise
/// than memory holds them (no id, dates in another kind or below the millisecond, empty strings).
/// </summary>
public sealed class RowPrintsTests
{
    private static readonly DedupOptions Options = new() { Boilerplate = new BoilerplateOptions { MinAds = 10, RecentAds = 60 } };

    [Fact]
    public void The_print_from_the_document_in_memory_is_the_print_of_its_stored_json_parsed_back()
    {
        var set = EvaluationSet.Build(EvaluationTests.Generator.Value, EvaluationTests.Seed, 300).Select(o => o.Offer).ToList();
        var table = new SourceBoilerplate(Options.Boilerplate);
        var learner = new FingerprintBuilder(table);
        foreach (var offer in set)
            learner.Learn(offer);
        var analyser = new FingerprintBuilder(table);
        var builder = new FingerprintBuilder(table);
        var verifier = OpenEmploi.Ingestion.Tests.Verification.TestOffers.NewVerifier(b => b.TextIndex = new InMemoryTextEmployerIndex());
        var reused = 0;
        var templates = 0;
        foreach (var offer in set)
        {
            var row = RowOf(offer);
            var json = OffreJson.SerializeToUtf8(offer.Offre);
            // Without an analysis (built from the document), then with prepare's (reused when it read the same text).
            Assert.Equal(RowPrinter.PrintParsed(builder, row, json), RowPrinter.Print(builder, row, offer.Offre));
            var analysis = analyser.Analyse(offer);
            var expected = RowPrinter.PrintParsed(builder, row, json, analysis);
            Assert.Equal(expected, RowPrinter.Print(builder, row, offer.Offre, analysis));
            reused += builder.Reuse(analysis, offer with { Raw = new RawOffer() }) is null ? 0 : 1;
            // With the verifier's F09 template hash too (taken when it read the same description and name).
            var template = verifier.Verify(offer).Template;
            Assert.Equal(expected, RowPrinter.Print(builder, row, offer.Offre, analysis, template));
            templates += template is { Hash: not null } t && t.Description == offer.Offre.Description ? 1 : 0;
            analysis.Release();
        }
        Assert.True(reused > set.Count / 2, $"{reused} of {set.Count} prints reuse the prepared analysis");
        Assert.True(templates > set.Count / 2, $"{templates} of {set.Count} prints reuse the verifier's template hash");
    }

    [Fact]
    public void A_normalised_record_prints_the_same_from_memory_and_from_its_stored_json()
    {
        var builder = new FingerprintBuilder(new SourceBoilerplate(Options.Boilerplate));
        var analyser = new FingerprintBuilder(builder.Boilerplate);
        var offers = new[]
        {
            NormalisationShared.Accepted(NormalisationShared.Offer()),
            NormalisationShared.Accepted(NormalisationShared.Offer(r => (r.Description, r.ApplyUrl) = ("<p>CV à rh@boulangerie.fr</p><p>Poste en CDI.</p>", "https://boulangerie.example/offres/42"))),
            NormalisationShared.Accepted(NormalisationShared.Offer(r => (r.Description, r.DatePosted) = (null, new DateTimeOffset(2026, 2, 20, 8, 30, 0, 123, TimeSpan.FromHours(1)).AddTicks(4567)))),
        };
        foreach (var offer in offers)
        {
            var analysis = analyser.Analyse(offer);
            var row = RowOf(offer);
            Assert.Equal(RowPrinter.PrintParsed(builder, row, OffreJson.SerializeToUtf8(offer.Offre), analysis), RowPrinter.Print(builder, row, offer.Offre, analysis));
            analysis.Release();
        }
    }

    [Fact]
    public void Values_the_wire_writes_otherwise_print_as_they_read_back()
    {
        var offer = EvaluationSet.Build(EvaluationTests.Generator.Value, EvaluationTests.Seed, 5)[0].Offer;
        var builder = new FingerprintBuilder(new SourceBoilerplate(Options.Boilerplate));
        var changes = new Action<Offre>[]
        {
            // No id: a blocked or held record's document, read back with an empty one.
            o => o.Id = null!,
            // Another kind, and ticks below the millisecond: read back in UTC, truncated.
            o => o.DateCreation = DateTime.SpecifyKind(o.DateCreation.AddTicks(1234), DateTimeKind.Unspecified),
            o => o.DateActualisation = o.DateActualisation.AddTicks(9_999).ToLocalTime(),
            // Empty strings are not written: read back as absent.
            o => (o.Intitule, o.Description) = ("", ""),
            o => o.TypeContrat = "",
            o => (o.LieuTravail!.Commune, o.LieuTravail.CodePostal) = ("", ""),
            o => o.Entreprise = new Entreprise { Nom = "" },
            o => (o.DureeTravailLibelle, o.Salaire) = ("", new Salaire { Libelle = "" }),
        };
        foreach (var change in changes)
        {
            var document = OffreJson.Deserialize(OffreJson.SerializeToUtf8(offer.Offre));
            change(document);
            var changed = offer with { Entry = offer.Entry with { Offre = document } };
            var row = RowOf(changed);
            var before = OffreJson.SerializeToUtf8(document);
            Assert.Equal(RowPrinter.PrintParsed(builder, row, OffreJson.SerializeToUtf8(document)), RowPrinter.Print(builder, row, document));
            // The document itself is shared with the row and the published offer: left as it was.
            Assert.Equal(before, OffreJson.SerializeToUtf8(document));
        }
    }

    private static IngestedRow RowOf(NormalisedOffer offer)
    {
        var now = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        return new IngestedRow(offer.Entry.Source, offer.Entry.SourceId ?? offer.Offre.Id ?? "REF", string.IsNullOrEmpty(offer.Offre.Id) ? "123ABCD" : offer.Offre.Id,
            IngestionStatus.Published, [], [], null, null, null, offer.Poster == PosterKind.Employer ? "employer" : offer.Poster == PosterKind.Agency ? "agency" : "partner",
            offer.Siret, offer.Entry.AppellationCode, offer.Entry.Departement, offer.Entry.Region, null, now, now, null, null, Document: null);
    }
}
