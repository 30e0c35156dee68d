using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification.Fraud;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class FraudScoreTests
{
    private const string Long =
        "Rejoignez notre réseau national de conseillers et développez votre activité à votre rythme. Nous vous formons à nos produits, " +
        "nous vous accompagnons dans vos premiers rendez-vous et vous bénéficiez d'un suivi personnalisé tout au long de l'année. " +
        "Vous présentez nos offres à une clientèle de particuliers et de professionnels, vous suivez vos dossiers et vous rendez compte " +
        "de votre activité chaque semaine à votre responsable régional.";

    [Fact]
    public void A_clean_offer_scores_zero()
    {
        var fraud = TestOffers.Verify(TestOffers.Make()).Fraud;
        Assert.Equal(0, fraud.Score);
        Assert.Empty(fraud.Signals);
        Assert.False(fraud.Hold);
    }

    [Theory]
    [InlineData("Frais de dossier de 50 € à régler avant votre prise de poste.", "F01", 35)]
    [InlineData("Vous recevrez des virements sur votre compte personnel et les reverserez.", "F02", 30)]
    [InlineData("Vous réceptionnez des colis à votre domicile puis les réexpédiez.", "F02", 30)]
    [InlineData("Paiement en bitcoin possible.", "F02", 30)]
    [InlineData("Achetez des coupons Transcash pour activer votre compte.", "F02", 30)]
    [InlineData("Contactez-nous uniquement sur WhatsApp.", "F03", 20)]
    [InlineData("Sans expérience, travail depuis chez vous, payé chaque jour !", "F08", 25)]
    public void Words_of_scams_are_signals(string sentence, string code, int weight)
    {
        var fraud = TestOffers.Verify(TestOffers.Make(description: "Nous recrutons. " + sentence)).Fraud;
        var signal = Assert.Single(fraud.Signals, s => s.Code == code);
        Assert.Equal(weight, signal.Weight);
        Assert.False(string.IsNullOrEmpty(signal.Label));
    }

    /// <summary>Regression: F01 counted R07's raw matches, including those the rule sets aside (money the job handles, pay).</summary>
    [Theory]
    [InlineData("Vous gérez les frais d'inscription des stagiaires.")]
    [InlineData("Salaire : 2 000 € brut mensuel, prime de 300 €.")]
    [InlineData("Tickets restaurant de 9 € pris en charge à 60 %.")]
    public void Money_the_rule_sets_aside_is_no_fraud_signal(string sentence)
    {
        var result = TestOffers.Verify(TestOffers.Make(description: "Nous recrutons. " + sentence));
        Assert.False(result.Has("R07"));
        Assert.DoesNotContain(result.Fraud.Signals, s => s.Code == "F01");
    }

    [Fact]
    public void Recruiter_contacts_are_read_in_the_raw_record()
    {
        var fraud = TestOffers.Verify(TestOffers.Make(raw: r =>
        {
            r.Contact.Email = "recrutement.rapide@gmail.com";
            r.Contact.Phone = "+44 7700 900123";
        })).Fraud;
        Assert.Equal("recrutement.rapide@gmail.com", Assert.Single(fraud.Signals, s => s.Code == "F05").Evidence);
        Assert.Equal("+44 7700 900123", Assert.Single(fraud.Signals, s => s.Code == "F04").Evidence);
        Assert.Equal(30, fraud.Score);
    }

    [Fact]
    public void French_overseas_and_company_addresses_are_not_signals()
    {
        var fraud = TestOffers.Verify(TestOffers.Make(raw: r =>
        {
            r.Contact.Email = "rh@boutique-martin.fr";
            r.Contact.Phone = "+262 262 12 34 56";
        })).Fraud;
        Assert.Empty(fraud.Signals);
    }

    [Fact]
    public void No_identifiable_employer_is_a_signal()
    {
        var offer = TestOffers.Make(change: o => o.Entreprise = null);
        var anonymous = new NormalisedOffer(offer.Entry, new RawOffer(), PosterKind.Partner, null, []);
        Assert.Contains(TestOffers.Verify(anonymous).Fraud.Signals, s => s.Code == "F07");
    }

    [Fact]
    public void Pay_far_above_the_job_s_distribution_is_a_signal()
    {
        var verifier = TestOffers.NewVerifier(b => b.Salaries = SalaryDistribution.From((rome, region) => new SalaryQuantiles(2000, 3200, 500)));
        Assert.Contains(verifier.Verify(Paid("Mensuel de 8000.00 Euros sur 12 mois")).Fraud.Signals, s => s.Code == "F06");
        Assert.DoesNotContain(verifier.Verify(Paid("Mensuel de 3000.00 Euros sur 12 mois")).Fraud.Signals, s => s.Code == "F06");
    }

    [Fact]
    public void The_distribution_is_computed_from_offers_by_ROME_and_region()
    {
        var offers = TestOffers.Generator.Generate(0, 3000).ToList();
        var distribution = SalaryDistribution.FromOffers(offers, minSample: 10);
        var rome = offers.GroupBy(o => o.Offre.RomeCode).OrderByDescending(g => g.Count()).First().Key!;
        var q = distribution.Get(rome, null);
        Assert.NotNull(q);
        Assert.InRange(q.Value.P50, 1700, 6000);
        Assert.True(q.Value.P99 >= q.Value.P50);
        Assert.Null(distribution.Get("Z9999", null));
    }

    [Fact]
    public void One_text_under_several_employer_names_is_a_signal()
    {
        var verifier = TestOffers.NewVerifier(b => b.TextIndex = new InMemoryTextEmployerIndex());
        NormalisedOffer Posted(string employer, string siret) =>
            new(TestOffers.Make(description: $"{employer} recrute. " + Long, change: o => o.Entreprise = new Entreprise { Nom = employer }).Entry,
                new RawOffer(), PosterKind.Partner, siret, []);
        Assert.Empty(verifier.Verify(Posted("Conseil Alpha", "11111111100011")).Fraud.Signals);
        Assert.Empty(verifier.Verify(Posted("Conseil Alpha", "11111111100011")).Fraud.Signals);   // the same employer again
        Assert.Equal(10, Assert.Single(verifier.Verify(Posted("Beta Patrimoine", "22222222200022")).Fraud.Signals).Weight);
        Assert.Equal(25, Assert.Single(verifier.Verify(Posted("Gamma Invest", "33333333300033")).Fraud.Signals).Weight);
    }

    /// <summary>
    /// Regression: the employer's name was left out of the text word by word, so a name sharing a
    /// word with the text ("Logistique Alpha", "entreprise de logistique") hashed its copy apart.
    /// </summary>
    [Fact]
    public void A_name_sharing_a_word_with_the_text_still_counts_as_the_same_text()
    {
        var verifier = TestOffers.NewVerifier(b => b.TextIndex = new InMemoryTextEmployerIndex());
        var scores = new List<int>();
        foreach (var name in new[] { "Logistique Alpha", "Entrepôts Bêta", "Stockage Gamma" })
        {
            var text = $"{name} : entreprise de logistique, nous recherchons un préparateur de commandes. " + Long;
            var offer = TestOffers.Make(description: text, change: o => o.Entreprise = new Entreprise { Nom = name });
            var anonymousSiret = new NormalisedOffer(offer.Entry, offer.Raw, offer.Poster, null, []);
            scores.Add(verifier.Verify(anonymousSiret).Fraud.Signals.SingleOrDefault(s => s.Code == "F09")?.Weight ?? 0);
        }
        Assert.Equal([0, 10, 25], scores);
    }

    [Fact]
    public void Several_signals_hold_the_offer_and_the_threshold_is_configurable()
    {
        var offer = TestOffers.Make(description: "Sans expérience, depuis chez vous, payé chaque jour ! Frais d'inscription de 30 €. Écrivez-nous sur Telegram.",
            raw: r => r.Contact.Email = "jobs.faciles@hotmail.fr");
        var fraud = TestOffers.Verify(offer).Fraud;
        Assert.Equal(35 + 25 + 20 + 15, fraud.Score);     // fees, the easy-money pitch, chat, free mail
        Assert.True(fraud.Hold);
        Assert.False(TestOffers.NewVerifier(b => b.Threshold = 101).Verify(offer).Fraud.Hold);
    }

    private static NormalisedOffer Paid(string libelle) => TestOffers.Make(change: o => o.Salaire = new Salaire { Libelle = libelle });
}
