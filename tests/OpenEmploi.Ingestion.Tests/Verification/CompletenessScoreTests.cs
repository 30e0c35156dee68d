using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Verification.Completeness;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class CompletenessScoreTests
{
    private static readonly string LongDescription = string.Join(' ', Enumerable.Repeat(
        "Vous accueillez la clientèle, la conseillez sur nos collections et participez à la mise en valeur de la boutique.", 6));

    [Fact]
    public void A_complete_offer_scores_100_and_the_parts_add_up()
    {
        var score = TestOffers.Verify(TestOffers.Make(description: LongDescription, change: Complete)).Completeness;
        Assert.Equal((40, 30, 20, 10, 0), (score.Structure, score.DecisionFactors, score.Profile, score.Employer, score.Penalties));
        Assert.Equal(100, score.Total);
        Assert.Equal(score.Total, score.Items.Sum(i => i.Points));
        Assert.Equal(100, score.Items.Where(i => i.Max > 0).Sum(i => i.Max));
    }

    [Fact]
    public void Each_gap_costs_its_weight()
    {
        var score = TestOffers.Verify(TestOffers.Make(description: LongDescription, change: o =>
        {
            Complete(o);
            o.Langues = null;                       // profile: −4
            o.Entreprise!.Description = null;       // employer: −4
            o.LieuTravail = new LieuTravail { Libelle = "69 - Rhône" };  // département only: 4 of 8
        })).Completeness;
        Assert.Equal((36, 30, 16, 6), (score.Structure, score.DecisionFactors, score.Profile, score.Employer));
        Assert.Equal(88, score.Total);
    }

    [Fact]
    public void Warnings_contradictions_and_staleness_cost_points()
    {
        var noPay = TestOffers.Verify(TestOffers.Make(description: LongDescription, change: o =>
        {
            Complete(o);
            o.Salaire = null;                        // R13 warning: −10 for salary and −5 for the warning
        })).Completeness;
        Assert.Equal(85, noPay.Total);
        Assert.Equal(-5, noPay.Penalties);

        var contradicted = TestOffers.Verify(TestOffers.Make(description: LongDescription + " 5 ans d'expérience exigés.", change: o =>
        {
            Complete(o);
            o.ExperienceExige = "D";
        })).Completeness;
        Assert.Equal(0, contradicted.Items.Single(i => i.Label == "expérience cohérente avec le texte").Points);

        var stale = TestOffers.Verify(TestOffers.Make(description: LongDescription, change: o =>
        {
            Complete(o);
            o.DateCreation = o.DateActualisation = TestOffers.Now.AddDays(-75);
        })).Completeness;
        Assert.Equal(-10, stale.Penalties);
    }

    [Fact]
    public void A_description_of_stock_phrases_costs_points()
    {
        const string Boilerplate = "Poste à pourvoir dès que possible. Rejoignez-nous ! Rémunération selon profil. N'hésitez pas à postuler.";
        var score = TestOffers.Verify(TestOffers.Make(description: Boilerplate)).Completeness;
        Assert.Equal(-5, score.Items.Single(i => i.Part == CompletenessScore.PenaltyPart && i.Label == "texte passe-partout").Points);
    }

    [Fact]
    public void A_bare_offer_scores_low()
    {
        var score = TestOffers.Verify(TestOffers.Make("Vendeur H/F", "Vendeur H/F à Lyon.", o =>
        {
            o.RomeCode = null;
            o.Salaire = null;
            o.DureeTravailLibelle = o.DureeTravailLibelleConverti = null;
            o.LieuTravail = null;
            o.CodeNAF = null;
        })).Completeness;
        Assert.InRange(score.Total, 0, 40);
    }

    private static void Complete(Offre o)
    {
        o.Competences = [new Competence { Libelle = "Accueillir" }, new Competence { Libelle = "Conseiller" }, new Competence { Libelle = "Encaisser" }];
        o.Formations = [new Formation { NiveauLibelle = "CAP, BEP et équivalents" }];
        o.Langues = [new Langue { Libelle = "Anglais" }];
        o.Permis = [new Permis { Libelle = "B - Véhicule léger" }];
        o.Entreprise = new Entreprise { Nom = "Boutique Martin", Description = "Boutique Martin habille les Lyonnais depuis 1984, au cœur de la Presqu'île.", Url = "https://boutique-martin.example" };
        o.TrancheEffectifEtab = "6 à 9 salariés";
    }
}
