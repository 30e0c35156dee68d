using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Ingestion.Verification.Fraud;

namespace OpenEmploi.Ingestion.Tests.Verification;

/// <summary>
/// F09's template hash is computed twice per published record unless it is carried: by the fraud
/// check, from the verifier's tokens (with vocabulary ids), and by the load facts stored in the
/// row's print (<see cref="OffreVerifier.FactsOf(NormalisedOffer)"/>), from a scratch tokeniser's.
/// The print takes the verifier's value when it reads the same inputs, so both ways must give the
/// same hash for every input: generated offers, and texts that exercise the tokeniser's corners.
/// </summary>
public sealed class TemplateHashTests
{
    private const string Filler =
        "Rejoignez notre réseau national de conseillers et développez votre activité à votre rythme. Nous vous formons à nos produits, " +
        "nous vous accompagnons dans vos premiers rendez-vous et vous bénéficiez d'un suivi personnalisé tout au long de l'année. " +
        "Vous présentez nos offres à une clientèle de particuliers et de professionnels, vous suivez vos dossiers et vous rendez compte " +
        "de votre activité chaque semaine à votre responsable régional.";

    [Fact]
    public void The_verifiers_hash_of_generated_offers_is_the_load_facts_hash()
    {
        var verifier = TestOffers.NewVerifier(b => b.TextIndex = new InMemoryTextEmployerIndex());
        var hashed = 0;
        var offers = TestOffers.Generator.GenerateDetailed(0, 3000).Select(TestOffers.From).ToList();
        foreach (var offer in offers)
            hashed += AssertSameHash(verifier, offer) is null ? 0 : 1;
        // Most generated descriptions are long enough to hash: the comparison is not vacuous.
        Assert.True(hashed > offers.Count / 2, $"{hashed} of {offers.Count} offers hashed");
    }

    public static TheoryData<string?> Descriptions() => new()
    {
        null,
        "",
        "Trop court pour un modèle.",
        // HTML left in (the verifier reads tags as separators, both ways).
        "<p><strong>Boulangerie Martin</strong> recrute &amp; forme.</p><ul><li>Pétrissage</li><li>Cuisson&nbsp;au four</li></ul><br/>" + Filler,
        // Accents precomposed and decomposed, ligatures, full-width and Greek letters, non-breaking spaces, emoji.
        "Cœur de métier : l'œuvre d'Æsop, straße, Ｌｙｏｎ, « ÉTÉ » et e\u0301te\u0301, α β, 2\u00A0000\u202F€ 😀 " + Filler,
        // Numbers, decimals, thousands, numbers in words, symbols, percentages.
        "Salaire de 1.800,50 € à 2 000 € brut, 11,88 € de l'heure, 35 h, deux ans, vingt-cinq postes, 10 % de prime, bac+2, n°3. " + Filler,
        // Punctuation, elisions, inclusive writing, list markers, line breaks.
        "L'hôtel d’Alpha recrute un(e) vendeur·se H/F – employé.e.s ! Qu'il pleuve ? Jusqu'à 29 ans ; • ➢ ▪\nligne\r\n" + Filler,
        // Words longer than the analyser's longest term, and a run of digits.
        new string('x', 80) + " " + new string('7', 40) + " anticonstitutionnellementissimes " + Filler,
        // Very long: many tokens and folded characters beyond the tokeniser's first buffers.
        string.Concat(Enumerable.Repeat(Filler + "\n", 120)),
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void The_verifiers_hash_is_the_load_facts_hash_for_every_kind_of_text(string? description)
    {
        var verifier = TestOffers.NewVerifier(b => b.TextIndex = new InMemoryTextEmployerIndex());
        foreach (var (name, siret) in Employers)
        {
            var offer = Offer(description, name, siret);
            AssertSameHash(verifier, offer);
            // The raw record's description, when the document has none (what both read then).
            AssertSameHash(verifier, offer with { Entry = offer.Entry with { Offre = WithDescription(offer.Offre, null) }, Raw = new RawOffer { Description = description } });
        }
    }

    [Fact]
    public void The_employers_name_is_left_out_alike_both_ways()
    {
        var verifier = TestOffers.NewVerifier(b => b.TextIndex = new InMemoryTextEmployerIndex());
        foreach (var (name, siret) in Employers)
        {
            var named = $"{name} recrute. Chez {name?.ToUpperInvariant()}, {name?.ToLowerInvariant()} et {name} : " + Filler;
            var hash = AssertSameHash(verifier, Offer(named, name, siret));
            Assert.Equal(EmployerIdentity.IsMissing(name) && string.IsNullOrWhiteSpace(siret), hash is null);
        }
    }

    [Fact]
    public void A_reading_is_reused_only_for_the_description_and_name_it_read()
    {
        var offer = Offer("Logistique Alpha recrute. " + Filler, "Logistique Alpha", "12345678900012");
        var computed = TemplateText.HashOf(offer);
        Assert.NotNull(computed);
        // A value no text hashes to: seen only if the reading is taken.
        var reading = new TemplateReading(offer.Offre.Description, "Logistique Alpha", 42UL);
        Assert.Equal(42UL, TemplateText.HashOf(offer, reading));
        Assert.Equal(42UL, OffreVerifier.FactsOf(offer, reading).TemplateHash);
        // An equal description in another string is the same input.
        Assert.Equal(42UL, TemplateText.HashOf(offer, reading with { Description = new string(offer.Offre.Description.AsSpan()) }));
        // Another description or another name: computed from the offer.
        Assert.Equal(computed, TemplateText.HashOf(offer, reading with { Description = "Logistique Alpha recrute ! " + Filler }));
        Assert.Equal(computed, TemplateText.HashOf(offer, reading with { Name = "Logistique Beta" }));
        Assert.Equal(computed, OffreVerifier.FactsOf(offer, reading with { Name = null }).TemplateHash);
        Assert.Equal(computed, OffreVerifier.FactsOf(offer).TemplateHash);
    }

    private static readonly (string? Name, string? Siret)[] Employers =
    [
        ("Boulangerie Martin", "12345678900012"),
        ("Boulangerie Martin", null),
        ("Alpha", null),                        // one word: left out only where capitalised
        ("SARL Logistique Alpha", "123 456 789 00012"),
        ("Société Générale d'Œuvres", "12345678900012"),
        ("Un Nom De Plus De Huit Mots Pour Voir Si Ça Tient", null),
        ("Agence 42", "   "),
        (null, "12345678900012"),               // no name, a SIRET
        (null, null),                           // nobody: no hash either way
        ("", null),
    ];

    /// <summary>
    /// Verifies <paramref name="offer"/> and checks that the hash the fraud check computed, with the
    /// inputs it read, is the load facts' hash computed afresh. Returns that hash.
    /// </summary>
    private static ulong? AssertSameHash(OffreVerifier verifier, NormalisedOffer offer)
    {
        var reading = verifier.Verify(offer).Template;
        var (recomputed, _) = FraudChecker.TemplateOf(offer);
        if (reading is not { } r)
        {
            // The fraud check stops before hashing when there is no employer: so do the load facts.
            Assert.Null(recomputed);
            return null;
        }
        Assert.Equal(TemplateText.DescriptionOf(offer), r.Description);
        Assert.Equal(TemplateText.EmployerName(offer), r.Name);
        Assert.Equal(TemplateText.HashOf(offer), r.Hash);
        Assert.Equal(recomputed, r.Hash);
        Assert.Equal(recomputed, FraudChecker.TemplateOf(offer, r).TemplateHash);
        return r.Hash;
    }

    private static NormalisedOffer Offer(string? description, string? name, string? siret)
    {
        var offer = TestOffers.Make(description: "x", change: o =>
        {
            o.Description = description;
            o.Entreprise = name is null ? null : new Entreprise { Nom = name };
        });
        return new NormalisedOffer(offer.Entry, offer.Raw, offer.Poster, siret, []);
    }

    private static Offre WithDescription(Offre offre, string? description)
    {
        var copy = OffreJson.Deserialize(OffreJson.SerializeToUtf8(offre));
        copy.Description = description;
        return copy;
    }
}
