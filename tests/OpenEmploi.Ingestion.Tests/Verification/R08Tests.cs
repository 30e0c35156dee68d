using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Verification;
using static OpenEmploi.Ingestion.Tests.Verification.RuleAssert;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class R08MisleadingTests
{
    [Theory]
    [InlineData("Mission d'une semaine pour renforcer l'équipe.")]
    [InlineData("Contrat de 3 mois renouvelable.")]
    [InlineData("Il s'agit d'un CDD de 6 mois.")]
    public void A_CDI_announcing_a_limited_contract_is_blocked(string sentence) =>
        Assert.Equal(RuleDecision.Block, Breaks("R08", sentence).Decision);

    [Fact]
    public void A_vaguer_short_term_hint_in_a_CDI_warns() =>
        Assert.Equal(RuleDecision.Warn, Breaks("R08", "Mission de courte durée.").Decision);

    [Fact]
    public void A_fixed_term_contract_announced_as_CDI_is_blocked()
    {
        Breaks("R08", "Poste en CDI.", o => o.TypeContrat = "CDD");
        Passes("R08", "Possibilité de CDI à l'issue du contrat.", o => o.TypeContrat = "CDD");
        Passes("R08", "CDI intérimaire.", o => o.TypeContrat = "MIS");
    }

    [Theory]
    [InlineData("Période d'essai de 2 mois.")]
    [InlineData("Formation d'intégration d'une semaine.")]
    [InlineData("Missions de 6 à 12 mois chez nos clients.")]
    public void Probation_training_and_consultants_assignments_pass_in_a_CDI(string sentence) => Passes("R08", sentence);

    [Fact]
    public void Years_of_experience_for_beginners_contradict()
    {
        Assert.Equal(RuleDecision.Block, Breaks("R08", "5 ans d'expérience exigés.", o => o.ExperienceExige = "D").Decision);
        Assert.Equal(RuleDecision.Block, Breaks("R08", "Débutants acceptés. Expérience de 3 ans minimum.").Decision);
        Assert.Equal(RuleDecision.Warn, Breaks("R08", "Idéalement 2 ans d'expérience.", o => o.ExperienceExige = "D").Decision);
        Passes("R08", "Fort de 20 ans d'expérience, notre cabinet vous forme.", o => o.ExperienceExige = "D");
        Passes("R08", "3 ans d'expérience exigés.", o => o.ExperienceExige = "E");
    }

    [Theory]
    [InlineData("Mensuel de 1200.00 Euros sur 12 mois", "35H Horaires normaux")]
    [InlineData("Horaire de 9.50 Euros sur 12 mois", null)]
    [InlineData("Mensuel de 1400.00 Euros sur 12 mois", "39H Horaires normaux")]
    public void Pay_under_the_SMIC_is_blocked(string libelle, string? hours)
    {
        var v = Breaks("R08", TestOffers.Make(change: o => Pay(o, libelle, hours)));
        Assert.Equal(RuleDecision.Block, v.Decision);
        Assert.Equal(libelle, v.Excerpt);
        Assert.Contains("11,88 €", v.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Mensuel de 1300.00 Euros sur 12 mois", "24H Horaires normaux")]
    [InlineData("Horaire de 11.88 Euros sur 12 mois", null)]
    [InlineData("Mensuel de 1801.80 Euros sur 12 mois", "35H Horaires normaux")]
    public void Part_time_pay_is_judged_on_its_own_hours(string libelle, string? hours) =>
        Passes("R08", TestOffers.Make(change: o => Pay(o, libelle, hours)));

    [Fact]
    public void The_SMIC_in_force_follows_the_offer_s_date()
    {
        // 11.88 € was the minimum until the end of 2025; from 2026-01-01 it is 12.02 €.
        var offer = TestOffers.Make(change: o =>
        {
            Pay(o, "Horaire de 11.90 Euros sur 12 mois", null);
            o.DateCreation = o.DateActualisation = new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc);
        });
        Assert.Contains("12,02 €", Breaks("R08", offer).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apprentices_and_self_employed_are_not_paid_the_SMIC()
    {
        Passes("R08", TestOffers.Make(change: o =>
        {
            Pay(o, "Mensuel de 900.00 Euros sur 12 mois", "35H Horaires normaux");
            o.Alternance = true;
        }));
        Passes("R08", TestOffers.Make(change: o =>
        {
            Pay(o, "Mensuel de 900.00 Euros sur 12 mois", null);
            o.TypeContrat = "FRA";
        }));
    }

    [Fact]
    public void Pay_under_the_SMIC_in_the_text_warns() =>
        Assert.Equal(RuleDecision.Warn, Breaks("R08", "Salaire : 8 € brut de l'heure.", o => o.Salaire = null).Decision);

    private static void Pay(Offre o, string libelle, string? hours)
    {
        o.Salaire = new Salaire { Libelle = libelle };
        o.DureeTravailLibelle = hours;
    }
}
