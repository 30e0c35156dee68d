using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Tests.Verification.Evaluation;
using OpenEmploi.Ingestion.Verification;
using static OpenEmploi.Ingestion.Tests.Verification.RuleAssert;

namespace OpenEmploi.Ingestion.Tests.Verification;

public sealed class R09LanguageTests
{
    [Fact]
    public void A_description_in_English_is_blocked()
    {
        var v = Breaks("R09", TestOffers.Make("Vendeur H/F", English.Sales));
        Assert.Equal(RuleDecision.Block, v.Decision);
        Assert.Contains("L5331-4", v.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bilingual_offer_with_its_French_text_passes() =>
        Passes("R09", TestOffers.Make("Vendeur H/F",
            "Nous recherchons un(e) vendeur(se) pour notre boutique de Lyon. Vous accueillez les clients et vous les conseillez sur nos produits. " +
            "Vous participez à la mise en rayon et à la tenue du magasin.\nEnglish version: we are looking for a sales associate for our store in Lyon."));

    [Fact]
    public void A_required_language_level_passes() => Passes("R09", "Anglais courant exigé : clientèle internationale.");

    [Fact]
    public void Teaching_and_translating_a_language_may_be_written_in_it()
    {
        Passes("R09", TestOffers.Make("Professeur d'anglais H/F", English.Teacher, o => o.RomeCode = "K2107"));
        Passes("R09", TestOffers.Make("Traducteur H/F", English.Sales, o => o.RomeCode = "E1108"));
        // A bilingual assistant needs English, but the offer must still be in French (L5331-4).
        Breaks("R09", TestOffers.Make("Assistant bilingue H/F", English.Sales));
    }
}

public sealed class R10IdentityTests
{
    [Fact]
    public void An_offer_without_a_date_is_blocked() =>
        Assert.Equal(RuleDecision.Block, Breaks("R10", TestOffers.Make(change: o => o.DateCreation = default)).Decision);

    [Fact]
    public void An_anonymous_offer_needs_a_known_employer()
    {
        var unknown = new NormalisedOffer(TestOffers.Make(change: o => o.Entreprise = null).Entry, new RawOffer(), PosterKind.Employer, null, []);
        Breaks("R10", unknown);
        Passes("R10", TestOffers.Make(change: o => o.Entreprise = null));   // SIRET known to the platform
        var named = new NormalisedOffer(unknown.Entry, new RawOffer { Employer = { Name = "Boulangerie Martin" } }, PosterKind.Employer, null, []);
        Passes("R10", named);
    }

    [Theory]
    [InlineData("Adecco Lyon", null)]
    [InlineData("Alpha Ressources Humaines", "78.20Z")]
    public void An_agency_that_does_not_say_so_is_warned(string name, string? naf)
    {
        var v = Breaks("R10", TestOffers.Make(change: o =>
        {
            o.Entreprise = new Entreprise { Nom = name };
            o.CodeNAF = naf;
        }));
        Assert.Equal(RuleDecision.Warn, v.Decision);
    }

    [Theory]
    [InlineData("Proxi Intérim Nantes", "CDI", "Nous recrutons un(e) vendeur(se).")]
    [InlineData("Adecco Lyon", "MIS", "Nous recrutons un(e) vendeur(se).")]
    [InlineData("Manpower Lille", "CDI", "Pour l'un de nos clients, nous recrutons un(e) vendeur(se).")]
    public void An_agency_that_says_so_passes(string name, string contract, string description) =>
        Passes("R10", TestOffers.Make(description: description, change: o =>
        {
            o.Entreprise = new Entreprise { Nom = name };
            o.TypeContrat = contract;
        }));
}
