using OpenEmploi.OpenData.Anonymisation;

namespace OpenEmploi.OpenData.Tests.Anonymisation;

public sealed class EmailTests
{
    [Theory]
    [InlineData("Envoyez votre CV à recrutement@boulangerie-exemple.fr.", "Envoyez votre CV à [courriel].")]
    [InlineData("CV : jean.dupont@exemple.com", "CV : [courriel]")]
    [InlineData("écrire à rh+offres@groupe-exemple.co.uk ou passer", "écrire à [courriel] ou passer")]
    [InlineData("Contact: s.martin_78@hotmail.fr!", "Contact: [courriel]!")]
    [InlineData("mail : contact @ exemple.fr", "mail : [courriel]")]
    [InlineData("Adresse : prenom.nom [at] domaine point fr", "Adresse : [courriel]")]
    [InlineData("prenom(at)domaine.fr", "[courriel]")]
    [InlineData("rh arobase entreprise point com merci", "[courriel] merci")]
    [InlineData("candidature {at} societe-exemple [dot] fr", "[courriel]")]
    [InlineData("jean point dupont at exemple point fr", "[courriel]")]
    [InlineData("recrutement[@]exemple[.]fr", "[courriel]")]
    [InlineData("RH (AT) EXEMPLE (DOT) COM", "[courriel]")]
    public void Addresses_plain_or_disguised_are_replaced(string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Le point de vente est situé en centre-ville.")]
    [InlineData("Vous serez formé at home, au point près.")]
    [InlineData("Rendez-vous à 9h au point de rencontre, fr.")]
    [InlineData("Twitter : @boulangerie")]
    public void Ordinary_words_around_point_and_at_stay(string text) =>
        Assert.Equal(text, Scrub.Text(text));

    [Fact]
    public void Every_replacement_is_counted()
    {
        var tally = new ScrubTally();
        TextScrubber.Default.Scrub("a@b.fr, c [at] d point fr", null, tally);
        Assert.Equal(2, tally.Courriels);
    }
}
