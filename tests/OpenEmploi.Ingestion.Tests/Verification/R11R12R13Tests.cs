using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Verification;
using static OpenEmploi.Ingestion.Tests.Verification.RuleAssert;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class R11IntrusiveTests
{
    [Theory]
    [InlineData("Casier judiciaire vierge exigé.")]
    [InlineData("Extrait de casier judiciaire à fournir.")]
    [InlineData("Bulletin n°3 demandé.")]
    [InlineData("CV avec photo obligatoire.")]
    [InlineData("Merci de joindre une photo récente.")]
    [InlineData("Indiquez votre groupe sanguin.")]
    public void Requirements_unrelated_to_the_job_are_blocked(string sentence) => Breaks("R11", sentence);

    [Theory]
    [InlineData("K2503", "Agent de sécurité H/F")]
    [InlineData("K1303", "Garde d'enfants H/F")]
    [InlineData("K2106", "Professeur des écoles H/F")]
    [InlineData("C1206", "Conseiller clientèle bancaire H/F")]
    [InlineData("N4112", "Chauffeur VTC H/F")]
    public void Regulated_professions_may_ask_for_a_criminal_record(string rome, string title) =>
        Passes("R11", TestOffers.Make(title, "Casier judiciaire vierge exigé.", o => o.RomeCode = rome));

    [Fact]
    public void Photographers_and_models_pass()
    {
        Passes("R11", TestOffers.Make("Photographe H/F", "Retouche photo et shooting produits.", o => o.RomeCode = "E1201"));
        Passes("R11", TestOffers.Make("Mannequin H/F", "Book photo obligatoire.", o => o.RomeCode = "L1102"));
    }
}

public sealed class R12OpinionsTests
{
    [Theory]
    [InlineData("Personne non syndiquée de préférence.")]
    [InlineData("Pas d'engagement politique.")]
    [InlineData("Port du voile interdit.")]
    [InlineData("Militants s'abstenir.")]
    [InlineData("Catholique pratiquant(e) souhaité(e).")]
    [InlineData("Vous devez être pratiquant.")]
    public void Political_union_and_religious_conditions_are_blocked(string sentence) => Breaks("R12", sentence);

    [Theory]
    [InlineData("Vous négociez avec les délégués syndicaux.")]
    [InlineData("Sportif pratiquant le tennis en club.")]
    [InlineData("Location de planches à voile.")]
    [InlineData("Sans distinction d'opinions politiques ou syndicales.")]
    public void Union_relations_sports_and_equal_opportunity_pass(string sentence) => Passes("R12", sentence);

    [Fact]
    public void A_union_may_require_union_commitment() =>
        Passes("R12", "Engagement syndical souhaité.", o => o.CodeNAF = "94.20Z");
}

public sealed class R13PayTests
{
    [Fact]
    public void No_pay_at_all_warns()
    {
        var v = Breaks("R13", TestOffers.Make(change: o => o.Salaire = null));
        Assert.Equal(RuleDecision.Warn, v.Decision);
        Assert.Equal(VerificationDecision.Warn, TestOffers.Verify(TestOffers.Make(change: o => o.Salaire = null)).Decision);
    }

    [Fact]
    public void A_comment_a_feed_salary_or_pay_in_the_text_is_pay_information()
    {
        Passes("R13", TestOffers.Make(change: o => o.Salaire = new Salaire { Commentaire = "Selon profil" }));
        Passes("R13", TestOffers.Make(change: o => o.Salaire = null, raw: r => r.SalaryText = "2 000 € brut mensuel"));
        Passes("R13", "Salaire : 2 100 € brut par mois.", o => o.Salaire = null);
        Passes("R13", "Rémunération : SMIC + primes.", o => o.Salaire = null);
    }
}
