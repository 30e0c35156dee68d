using OpenEmploi.Ingestion.Verification;
using static OpenEmploi.Ingestion.Tests.Verification.RuleAssert;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class R02AgeTests
{
    [Theory]
    [InlineData("Âge : 25-35 ans.", "25-35 ans")]
    [InlineData("Vous avez moins de 30 ans.", "30 ans")]
    [InlineData("Candidats âgés de 20 à 30 ans.", "30 ans")]
    [InlineData("35 ans maximum.", "35 ans")]
    [InlineData("Poste réservé aux -26 ans.", "26 ans")]
    [InlineData("Idéal pour jeune diplômé.", "jeune")]
    [InlineData("Vous êtes jeune et motivé.", "jeune")]
    [InlineData("Limite d'âge : 45 ans.", "Limite d'âge")]
    [InlineData("Né(e) après 1995.", "Né(e) après 1995")]
    public void Age_limits_and_proxies_are_blocked(string sentence, string quoted)
    {
        var v = Breaks("R02", sentence);
        Assert.Equal(RuleDecision.Block, v.Decision);
        Assert.Contains(quoted, v.Excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vous devez être majeur(e) : service d'alcool.")]
    [InlineData("Vous avez au moins 18 ans (travail de nuit).")]
    [InlineData("16 ans minimum.")]
    [InlineData("Entreprise fondée il y a 40 ans.")]
    [InlineData("Depuis plus de 30 ans, notre maison forme ses équipes.")]
    [InlineData("Vous avez 5 ans d'expérience dans la vente.")]
    [InlineData("Vous accompagnerez des jeunes de 16 à 25 ans en insertion.")]
    [InlineData("Accueil d'enfants de moins de 6 ans.")]
    [InlineData("Rejoignez une jeune entreprise innovante.")]
    [InlineData("Notre équipe jeune et dynamique vous attend.")]
    [InlineData("Éducateur de jeunes enfants en crèche.")]
    [InlineData("Nous ne fixons aucune limite d'âge.")]
    public void Legal_minimum_ages_and_other_years_pass(string sentence) => Passes("R02", sentence);

    [Theory]
    [InlineData("Contrat d'apprentissage ouvert aux jeunes de 16 à 29 ans.")]
    [InlineData("Apprentissage : vous avez moins de 30 ans.")]
    [InlineData("Contrat de professionnalisation pour les moins de 26 ans.")]
    public void The_legal_age_bounds_of_work_study_contracts_pass(string sentence) =>
        Passes("R02", sentence, o =>
        {
            o.Alternance = true;
            o.NatureContrat = "Contrat d'apprentissage";
        });

    [Fact]
    public void A_work_study_contract_may_not_narrow_the_legal_bounds() =>
        Breaks("R02", "Apprentissage réservé aux 18-22 ans.", o => o.Alternance = true);
}
