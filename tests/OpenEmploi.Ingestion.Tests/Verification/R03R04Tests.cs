using static OpenEmploi.Ingestion.Tests.Verification.RuleAssert;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class R03OriginTests
{
    [Theory]
    [InlineData("Nationalité française exigée.")]
    [InlineData("Profil de type européen.")]
    [InlineData("Élocution parfaite, sans accent.")]
    [InlineData("Candidats d'origine maghrébine s'abstenir.")]
    [InlineData("De confession catholique.")]
    [InlineData("Français langue maternelle.")]
    [InlineData("Nom à consonance française.")]
    public void Origin_nationality_religion_and_accent_are_blocked(string sentence) => Breaks("R03", sentence);

    [Theory]
    [InlineData("Maîtrise du français exigée.")]
    [InlineData("Titre de séjour valide exigé.")]
    [InlineData("Produits d'origine française.")]
    [InlineData("Nous mettons l'accent sur la qualité.")]
    [InlineData("Prises de type européen à installer.")]
    [InlineData("Sans distinction d'origine ni de nationalité.")]
    public void Language_skills_goods_and_equal_opportunity_pass(string sentence) => Passes("R03", sentence);

    [Fact]
    public void Posts_reserved_to_nationals_may_require_a_nationality()
    {
        Passes("R03", "Nationalité française requise (concours de la fonction publique).", o => o.CodeNAF = "84.11Z");
        Passes("R03", "Nationalité française exigée.", o => o.RomeCode = "K1706");
        Breaks("R03", "Type européen exigé.", o => o.CodeNAF = "84.11Z");
    }

    [Fact]
    public void A_translator_may_work_into_a_native_language() =>
        Passes("R03", "Vous traduisez vers votre langue maternelle.", o => o.RomeCode = "E1108");
}

public sealed class R04FamilyTests
{
    [Theory]
    [InlineData("Célibataire de préférence.")]
    [InlineData("Sans enfant.")]
    [InlineData("Femme enceinte s'abstenir.")]
    [InlineData("Pas de projet de grossesse.")]
    [InlineData("Vous êtes marié(e).")]
    [InlineData("Personne de bonnes mœurs.")]
    [InlineData("Hétérosexuel uniquement.")]
    [InlineData("Vous n'avez pas de charge de famille.")]
    public void Family_pregnancy_morals_and_orientation_are_blocked(string sentence) => Breaks("R04", sentence);

    [Theory]
    [InlineData("Remplacement d'un congé maternité.")]
    [InlineData("Installation d'enceintes acoustiques.")]
    [InlineData("Vous travaillez dans l'enceinte de l'hôpital.")]
    [InlineData("Rayon robes de mariée.")]
    [InlineData("Sans distinction de situation familiale ni d'orientation sexuelle.")]
    [InlineData("Horaires compatibles avec une vie de famille.")]
    public void Ordinary_words_pass(string sentence) => Passes("R04", sentence);

    [Fact]
    public void Pregnant_women_are_a_midwife_s_patients_not_a_condition()
    {
        Passes("R04", TestOffers.Make("Sage-femme", "Vous accompagnez les femmes enceintes tout au long de leur grossesse.", o => o.RomeCode = "J1104"));
        Breaks("R04", TestOffers.Make("Sage-femme", "Vous ne devez pas être enceinte.", o => o.RomeCode = "J1104"));
    }
}
