using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;

namespace OpenEmploi.Ingestion.Tests.Verification;

/// <summary>Short assertions for rule tests: one sentence added to a compliant offer, then the codes.</summary>
internal static class RuleAssert
{
    public static Violation Breaks(string code, string sentence, Action<Offre>? change = null, string? title = null) =>
        Breaks(code, TestOffers.Make(title ?? "Vendeur en prêt-à-porter H/F", Describe(sentence), change));

    public static Violation Breaks(string code, NormalisedOffer offer)
    {
        var result = TestOffers.Verify(offer);
        var violation = result.Violations.FirstOrDefault(v => v.Code == code);
        Assert.True(violation is not null, $"{code} attendu, obtenu : {string.Join(" | ", result.Violations.Select(v => v.Reason))}");
        return violation!;
    }

    public static void Passes(string code, string sentence, Action<Offre>? change = null, string? title = null) =>
        Passes(code, TestOffers.Make(title ?? "Vendeur en prêt-à-porter H/F", Describe(sentence), change));

    public static void Passes(string code, NormalisedOffer offer)
    {
        var result = TestOffers.Verify(offer);
        Assert.False(result.Has(code), $"{code} inattendu : {string.Join(" | ", result.Violations.Select(v => v.Reason))}");
    }

    public static VerificationResult Verify(Action<Offre>? change = null, Action<RawOffer>? raw = null, string? description = null) =>
        TestOffers.Verify(TestOffers.Make(description: description, change: change, raw: raw));

    /// <summary>The sentence inside an ordinary description, as it would appear in an offer.</summary>
    private static string Describe(string sentence) =>
        "Boutique Martin, implantée à Lyon, renforce son équipe et recrute un(e) vendeur(se). " + sentence + "\nVous accueillez et conseillez la clientèle.";
}
