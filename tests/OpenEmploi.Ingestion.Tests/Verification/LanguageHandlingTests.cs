using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Ingestion.Verification.Text;
using static OpenEmploi.Ingestion.Tests.Verification.RuleAssert;

namespace OpenEmploi.Ingestion.Tests.Verification;

/// <summary>
/// The general ways of reading shared by the rules: conjugated verbs, the constructions that shut
/// a group out, ads' layout (capitals, bullets), placeholder employer names.
/// </summary>
public sealed class LanguageHandlingTests
{
    [Theory]
    [InlineData("habiter", "habitez")]
    [InlineData("habiter", "habiterez")]
    [InlineData("habiter", "habitee")]
    [InlineData("exiger", "exigeons")]
    [InlineData("justifier", "justifierez")]
    [InlineData("vivre", "vivant")]
    [InlineData("devoir", "devrez")]
    public void A_verb_pattern_matches_its_conjugated_forms(string infinitive, string form) =>
        Assert.Contains(form, Conjugation.Forms(infinitive));

    [Fact]
    public void A_conjugated_form_that_is_another_word_is_left_out() =>
        Assert.DoesNotContain("du", Conjugation.Forms("devoir"));   // "dû" is the article "du"

    [Theory]
    [InlineData("R01", "Candidatures féminines non retenues.")]
    [InlineData("R01", "Poste non adapté aux femmes.")]
    [InlineData("R01", "Ce travail ne convient pas aux femmes.")]
    [InlineData("R03", "Les personnes issues de l'immigration ne seront pas retenues.")]
    [InlineData("R03", "Gens du voyage s'abstenir.")]
    [InlineData("R04", "Mères de famille s'abstenir.")]
    [InlineData("R05", "Personne à mobilité réduite s'abstenir.")]
    [InlineData("R05", "Poste non accessible aux personnes handicapées.")]
    [InlineData("R05", "Les tatouages visibles ne sont pas acceptés.")]
    [InlineData("R06", "Résidents de Seine-Saint-Denis non acceptés.")]
    [InlineData("R12", "Les salariés syndiqués ne sont pas les bienvenus.")]
    [InlineData("R12", "Un passé de militant syndical serait rédhibitoire.")]
    public void Every_rule_reads_the_constructions_that_shut_a_group_out(string code, string sentence) => Breaks(code, sentence);

    [Theory]
    [InlineData("R01", "Les femmes ne sont pas exclues de ce poste.")]
    [InlineData("R01", "Ce poste n'est pas réservé aux hommes.")]
    [InlineData("R05", "Vous accompagnez des personnes handicapées, les accidents ne sont pas tolérés.")]
    [InlineData("R06", "Astreintes de nuit : résider à moins de 15 minutes du site.")]
    public void A_denied_exclusion_or_a_justified_one_passes(string code, string sentence) => Passes(code, sentence);

    [Fact]
    public void Femmes_enceintes_is_about_pregnancy_not_sex()
    {
        Breaks("R04", "Femmes enceintes s'abstenir.");
        Passes("R01", "Femmes enceintes s'abstenir.");
    }

    /// <summary>Regression: "Agente / Agent de bio-nettoyage" made "agent" a feminine noun, so "Agent de sécurité homme" passed.</summary>
    [Theory]
    [InlineData("Agent de sécurité homme")]
    [InlineData("Agente d'accueil")]
    public void The_rome_label_written_feminine_first_does_not_swap_the_forms(string title) => Breaks("R01", TestOffers.Make(title));

    [Theory]
    [InlineData("Agent / Agente d'accueil")]
    [InlineData("Agent d'accueil")]
    public void The_generic_masculine_and_both_forms_still_pass(string title) => Passes("R01", TestOffers.Make(title));

    /// <summary>Regression: a bullet "- Jeune…" was read as a place name ("Saint-Paul-le-Jeune").</summary>
    [Theory]
    [InlineData("Profil :\n- Jeune diplômé en gestion.")]
    [InlineData("PROFIL :\n- JEUNE ET DYNAMIQUE.")]
    [InlineData("Profil :\n- JH motivé.")]
    public void A_bullet_or_capitals_do_not_hide_a_wording(string sentence) => Breaks("R02", sentence);

    [Fact]
    public void A_place_name_with_jeune_still_passes() => Passes("R02", "Poste basé à Saint-Paul-le-Jeune.");

    [Theory]
    [InlineData("Confidentiel")]
    [InlineData("Entreprise non communiquée")]
    [InlineData("NC")]
    [InlineData("  ")]
    public void A_placeholder_name_is_no_name(string name) => Assert.True(EmployerIdentity.IsMissing(name));

    [Theory]
    [InlineData("Société Générale")]
    [InlineData("Boulangerie du Triangle")]
    [InlineData("Entreprise Martin")]
    public void A_real_name_is_one(string name) => Assert.False(EmployerIdentity.IsMissing(name));

    [Fact]
    public void A_placeholder_name_without_siret_is_anonymous()
    {
        var offer = TestOffers.Make(change: o => o.Entreprise = new Core.Offres.Entreprise { Nom = "Confidentiel" });
        var anonymous = new Ingestion.Records.NormalisedOffer(offer.Entry, offer.Raw, offer.Poster, null, []);
        Breaks("R10", anonymous);
        Assert.Contains(TestOffers.Verify(anonymous).Fraud.Signals, s => s.Code == "F07");
        Passes("R10", offer);   // the SIRET tells the platform who employs
    }

    [Fact]
    public void An_agency_brand_leads_the_name_and_another_activity_outweighs_it()
    {
        Breaks("R10", TestOffers.Make(change: o => (o.Entreprise, o.CodeNAF) = (new Core.Offres.Entreprise { Nom = "Groupe Actual" }, null)));
        Passes("R10", TestOffers.Make(change: o => (o.Entreprise, o.CodeNAF) = (new Core.Offres.Entreprise { Nom = "Boulangerie du Triangle" }, null)));
        Passes("R10", TestOffers.Make(change: o => (o.Entreprise, o.CodeNAF) = (new Core.Offres.Entreprise { Nom = "Kelly Coiffure" }, "96.02A")));
    }
}
