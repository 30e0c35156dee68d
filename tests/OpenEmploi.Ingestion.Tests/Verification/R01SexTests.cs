using OpenEmploi.Ingestion.Verification;
using static OpenEmploi.Ingestion.Tests.Verification.RuleAssert;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class R01SexTests
{
    [Theory]
    [InlineData("Poste réservé aux hommes.")]
    [InlineData("Homme uniquement.")]
    [InlineData("FEMMES UNIQUEMENT pour ce rayon.")]
    [InlineData("Candidat de sexe masculin.")]
    [InlineData("JH motivé pour la manutention.")]
    [InlineData("Nous recherchons une jeune fille pour l'accueil.")]
    [InlineData("Nous recrutons une vendeuse pour le samedi.")]
    [InlineData("Profil recherché : femme dynamique.")]
    public void Sex_specific_wording_is_blocked(string sentence)
    {
        var v = Breaks("R01", sentence);
        Assert.Equal(RuleDecision.Block, v.Decision);
        Assert.Contains("L1142-1", v.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_reason_quotes_the_words_as_written()
    {
        var v = Breaks("R01", "Homme uniquement, motivé.");
        Assert.Equal("Homme uniquement", v.Excerpt);
        Assert.StartsWith("« Homme uniquement » : une offre ne peut pas réserver un poste à un sexe", v.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Vendeuse")]
    [InlineData("VENDEUSE CONFIRMÉE")]
    [InlineData("Serveuses en extra")]
    [InlineData("Femme de ménage")]
    [InlineData("Homme d'entretien")]
    [InlineData("URGENT - Caissière")]
    [InlineData("Aide-soignante de nuit")]
    public void A_title_in_one_sex_alone_is_blocked(string title) =>
        Breaks("R01", TestOffers.Make(title));

    [Theory]
    [InlineData("Vendeuse H/F")]
    [InlineData("Vendeuse (F/H)")]
    [InlineData("Vendeur / Vendeuse")]
    [InlineData("Vendeur(se) en boulangerie")]
    [InlineData("Vendeur·euse")]
    [InlineData("Serveuse ou serveur")]
    [InlineData("Homme/Femme de ménage")]
    [InlineData("Sage-femme")]
    [InlineData("Chef de chantier")]
    [InlineData("Valet / Femme de chambre")]
    [InlineData("Vendeur en prêt-à-porter féminin")]
    public void Both_forms_H_F_and_the_generic_masculine_pass(string title) =>
        Passes("R01", TestOffers.Make(title));

    [Theory]
    [InlineData("Nous recrutons une vendeuse ou un vendeur.")]
    [InlineData("Le poste est ouvert aux hommes comme aux femmes.")]
    [InlineData("Tarif : 450 €/JH selon profil.")]
    [InlineData("Nous étudions toutes les candidatures sans distinction de sexe ni d'âge.")]
    public void Wording_addressing_both_sexes_passes(string sentence) => Passes("R01", sentence);

    [Fact]
    public void Models_and_performers_may_be_chosen_by_sex()
    {
        Passes("R01", TestOffers.Make("Mannequin femme", change: o => o.RomeCode = "L1102"));
        Passes("R01", TestOffers.Make("Comédienne", "Rôle de la mère dans une pièce de théâtre.", o => o.RomeCode = "L1203"));
    }
}
