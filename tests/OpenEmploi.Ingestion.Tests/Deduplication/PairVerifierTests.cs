using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

public sealed class PairVerifierTests
{
    private static readonly DedupOptions Options = new();

    private static Fingerprint Print(NormalisedOffer offer) => new FingerprintBuilder(new SourceBoilerplate()).Build(offer, learn: false);

    private static PairCheck Check(NormalisedOffer a, NormalisedOffer b, bool sameUrl = false) =>
        PairVerifier.Check(Print(a), Print(b), Options, sameUrl);

    private static readonly NormalisedOffer Original = TestOffers.Make("001AAAA", siret: "12345678900011");

    [Fact]
    public void Identical_texts_in_two_communes_are_never_merged()
    {
        var otherCity = TestOffers.Make("002AAAA", source: "JOBSREGION", sourceId: "R1", siret: "12345678900011", commune: "69266", postalCode: "69100");
        var check = Check(Original, otherCity);
        Assert.Equal(Verdict.Distinct, check.Verdict);
        Assert.Equal(PairReason.DifferentPlace, check.Reason);
    }

    [Fact]
    public void A_copy_placed_at_a_coarser_level_matches_inside_that_level_only()
    {
        var departementOnly = TestOffers.Make("002AAAA", commune: null, postalCode: null);
        Assert.Equal(Verdict.Duplicate, Check(Original, departementOnly).Verdict);
        var postalOnly = TestOffers.Make("003AAAA", commune: null, postalCode: "69003");
        Assert.Equal(Verdict.Duplicate, Check(Original, postalOnly).Verdict);
        var otherPostal = TestOffers.Make("004AAAA", commune: null, postalCode: "69007");
        Assert.Equal(PairReason.DifferentPlace, Check(Original, otherPostal).Reason);
        var otherDepartement = TestOffers.Make("005AAAA", commune: null, postalCode: null, departement: "38");
        Assert.Equal(PairReason.DifferentPlace, Check(Original, otherDepartement).Reason);
    }

    [Fact]
    public void Contracts_must_agree_when_both_are_given()
    {
        Assert.Equal(PairReason.DifferentContract, Check(Original, TestOffers.Make("002AAAA", contract: "CDD")).Reason);
        Assert.Equal(Verdict.Duplicate, Check(Original, TestOffers.Make("003AAAA", contract: null)).Verdict);
    }

    [Fact]
    public void The_employer_is_the_same_by_siret_or_by_name()
    {
        Assert.Equal(Verdict.Duplicate, Check(Original, TestOffers.Make("002AAAA", employer: "BOULANGERIE MARTIN SARL")).Verdict);
        Assert.Equal(Verdict.Duplicate, Check(Original, TestOffers.Make("003AAAA", employer: "Aux délices de Lyon", siret: "12345678900011")).Verdict);
        // Two establishments (two SIRETs) are two employers, whatever their names.
        Assert.Equal(PairReason.DifferentEmployer, Check(Original, TestOffers.Make("004AAAA", siret: "12345678900029")).Reason);
        Assert.Equal(PairReason.DifferentEmployer, Check(Original, TestOffers.Make("005AAAA", employer: "Boulangerie Durand")).Reason);
    }

    [Fact]
    public void Without_an_employer_name_the_text_must_match_in_the_same_commune()
    {
        var unnamed = TestOffers.Make("002AAAA", employer: null);
        Assert.Equal(Verdict.Duplicate, Check(Original, unnamed).Verdict);
        var unnamedInDepartement = TestOffers.Make("003AAAA", employer: null, commune: null, postalCode: null);
        Assert.Equal(Verdict.PossibleDuplicate, Check(Original, unnamedInDepartement).Verdict);
    }

    [Fact]
    public void One_template_used_for_another_job_is_another_job()
    {
        var other = TestOffers.Make("002AAAA", title: "Caissier H/F",
            description: TestOffers.Description.Replace("vendeur en boulangerie", "caissier", StringComparison.Ordinal));
        Assert.Equal(PairReason.DifferentTitle, Check(Original, other).Reason);
    }

    [Fact]
    public void Shortened_reordered_and_reformatted_copies_are_duplicates()
    {
        var paragraphs = TestOffers.Description.Split('\n');
        var shortened = TestOffers.Make("002AAAA", description: string.Join('\n', paragraphs[..2]));
        var check = Check(Original, shortened);
        Assert.Equal(Verdict.Duplicate, check.Verdict);
        Assert.Equal(1.0, check.Overlap);

        var reordered = TestOffers.Make("003AAAA", title: "VENDEUR EN BOULANGERIE",
            description: "<p>" + string.Join("</p><p>", paragraphs.Reverse()) + "</p><p>Contact : 04 78 00 00 00</p>");
        // Sentence-bounded shingles: only the leftover "contact :" of the dropped phone line differs.
        Assert.InRange(Check(Original, reordered).Jaccard, 0.95, 1.0);
    }

    [Fact]
    public void Similar_text_with_the_same_employer_title_and_commune_is_a_possible_duplicate()
    {
        // The job and the shop as in the original, the profile and conditions rewritten.
        var paragraphs = TestOffers.Description.Split('\n');
        var rewritten = paragraphs[0] + "\n" + paragraphs[1] + "\nVous travaillez le dimanche matin en alternance avec un collègue. " +
            "Salaire attractif selon expérience, tickets restaurant et participation aux transports. Prise de poste immédiate après un court entretien.";
        var check = Check(Original, TestOffers.Make("002AAAA", description: rewritten));
        Assert.InRange(check.Jaccard, 0.4, 0.6);
        Assert.Equal(Verdict.PossibleDuplicate, check.Verdict);

        // The same texts with another title: not even a possible duplicate.
        var retitled = Check(Original, TestOffers.Make("003AAAA", title: "Vendeur en pâtisserie fine", description: rewritten));
        Assert.Equal(Verdict.Distinct, retitled.Verdict);
    }

    [Fact]
    public void The_same_apply_url_stands_for_the_same_text()
    {
        var rewritten = TestOffers.Make("002AAAA", description: "Boulangerie de quartier cherche vendeur pour la saison, contrat à durée indéterminée.");
        Assert.Equal(Verdict.Distinct, Check(Original, rewritten).Verdict);
        Assert.Equal(PairReason.SameApplyUrl, Check(Original, rewritten, sameUrl: true).Reason);
    }
}
