namespace OpenEmploi.OpenData.Tests.Anonymisation;

public sealed class LinkAndAddressTests
{
    [Theory]
    [InlineData("Postulez sur https://www.boulangerie-exemple.fr/recrutement.", "Postulez sur [lien].")]
    [InlineData("Voir www.exemple.com, merci", "Voir [lien], merci")]
    [InlineData("Site : boulangerie-exemple.fr/offres?id=3", "Site : [lien]")]
    [InlineData("http://exemple.org", "[lien]")]
    [InlineData("Notre page linkedin.com/company/exemple !", "Notre page [lien] !")]
    public void Links_are_replaced(string text, string expected) => Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Présentez-vous au 12 rue de la République, à Lyon.", "Présentez-vous au [adresse], à Lyon.")]
    [InlineData("Adresse : 3 bis avenue du Général Leclerc en face", "Adresse : [adresse] en face")]
    [InlineData("Situé 5 ZA des Cèdres.", "Situé [adresse].")]
    [InlineData("au 120 boulevard Pasteur", "au [adresse]")]
    public void Street_addresses_are_replaced(string text, string expected) => Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Il reste 1 place disponible dans l'équipe.")]
    [InlineData("Vous serez formé(e) à la S.A.R.L. par notre équipe, etc.")]
    [InlineData("Travail sur 2 routes départementales.")]
    [InlineData("Maîtrise de Node.js et d'ASP.NET.")]
    public void Ordinary_text_stays(string text) => Assert.Equal(text, Scrub.Text(text));
}
