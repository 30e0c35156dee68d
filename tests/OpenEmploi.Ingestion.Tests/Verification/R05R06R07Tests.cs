using static OpenEmploi.Ingestion.Tests.Verification.RuleAssert;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class R05HealthTests
{
    [Theory]
    [InlineData("Bonne santé exigée.")]
    [InlineData("Personne valide.")]
    [InlineData("Pas de handicap.")]
    [InlineData("Candidats handicapés s'abstenir.")]
    [InlineData("Physique agréable.")]
    [InlineData("Pas de tatouages visibles.")]
    [InlineData("Taille minimum 1m70.")]
    public void Health_disability_and_appearance_are_blocked(string sentence) => Breaks("R05", sentence);

    [Theory]
    [InlineData("Poste ouvert aux travailleurs handicapés (RQTH).")]
    [InlineData("Ce poste est réservé prioritairement aux bénéficiaires de l'obligation d'emploi des travailleurs handicapés.")]
    [InlineData("Bonne présentation exigée.")]
    [InlineData("Permis B valide.")]
    [InlineData("Notre groupe affiche une bonne santé financière.")]
    [InlineData("Vous veillez à la bonne santé des résidents.")]
    public void Priority_wording_for_disabled_workers_and_look_alikes_pass(string sentence) => Passes("R05", sentence);

    [Fact]
    public void A_model_may_be_chosen_on_appearance() =>
        Passes("R05", TestOffers.Make("Mannequin H/F", "Taille minimum 1m75 pour les défilés.", o => o.RomeCode = "L1102"));
}

public sealed class R06ResidenceTests
{
    [Theory]
    [InlineData("Réservé aux habitants du quartier des Minguettes.")]
    [InlineData("Habitants de Villeurbanne exclusivement.")]
    [InlineData("Domiciliation bancaire au Crédit Agricole obligatoire.")]
    [InlineData("Non fiché Banque de France.")]
    [InlineData("Être propriétaire de son logement.")]
    public void Residence_bank_and_economic_situation_are_blocked(string sentence) => Breaks("R06", sentence);

    [Theory]
    [InlineData("Poste situé à proximité du métro.")]
    [InlineData("Habiter à moins de 20 minutes du site pour les astreintes de nuit.")]
    [InlineData("Salaire versé par virement sur votre compte bancaire.")]
    [InlineData("Vous analysez la solvabilité des clients.")]
    public void Proximity_on_call_duty_and_banking_tasks_pass(string sentence) => Passes("R06", sentence);
}

public sealed class R07FeesTests
{
    [Theory]
    [InlineData("Frais de dossier : 50 € à régler.")]
    [InlineData("Un kit de démarrage à 89 € est à acheter.")]
    [InlineData("Formation obligatoire à vos frais.")]
    [InlineData("Une participation financière vous sera demandée.")]
    [InlineData("Pour postuler, appelez le 08 99 23 45 67.")]
    [InlineData("Accès aux offres : abonnement payant de 9,90 €.")]
    public void Asking_candidates_for_money_is_blocked(string sentence) => Breaks("R07", sentence);

    [Fact]
    public void A_premium_rate_number_in_the_recruiter_s_contact_is_blocked()
    {
        var v = Breaks("R07", TestOffers.Make(raw: r => r.Contact.Phone = "+33 8 92 68 01 23"));
        Assert.Contains("surtaxé", v.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Frais de déplacement remboursés.")]
    [InlineData("Aucun frais ne vous sera demandé.")]
    [InlineData("Vous gérez les frais d'inscription des stagiaires.")]
    [InlineData("Contact : 01 45 67 89 10.")]
    [InlineData("Numéro vert gratuit : 0 800 12 34 56.")]
    public void Benefits_tasks_and_ordinary_numbers_pass(string sentence) => Passes("R07", sentence);

    [Fact]
    public void A_franchise_may_require_an_investment() =>
        Passes("R07", "Investissement initial de 20 000 € pour ouvrir votre point de vente.", o => o.TypeContrat = "FRA");
}
