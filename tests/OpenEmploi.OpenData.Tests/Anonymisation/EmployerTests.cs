namespace OpenEmploi.OpenData.Tests.Anonymisation;

public sealed class EmployerTests
{
    [Theory]
    [InlineData("Boulangerie Martin", "La Boulangerie Martin recrute.", "La [entreprise] recrute.")]
    [InlineData("Boulangerie Martin", "BOULANGERIE MARTIN recrute.", "[entreprise] recrute.")]
    [InlineData("Boulangerie-Pâtisserie du Lac", "Chez Boulangerie Patisserie du lac, on aime le pain.", "Chez [entreprise], on aime le pain.")]
    [InlineData("Transports Leroy", "Rejoignez l'équipe Leroy !", "Rejoignez l'équipe [entreprise] !")]
    [InlineData("SARL Dupont", "Dupont est une entreprise familiale.", "[entreprise] est une entreprise familiale.")]
    [InlineData("Famille Gaillard", "La famille Gaillard cherche une aide à domicile.", "La [entreprise] cherche une aide à domicile.")]
    [InlineData("Boutique Julie", "Boutique Julie recrute.", "Boutique [nom] recrute.")]
    [InlineData("Boutique Julie", "Votre interlocutrice : Julie Girard.", "Votre interlocutrice : [nom].")]
    [InlineData("SOTEC Services", "Le groupe SOTEC recrute.", "Le groupe [entreprise] recrute.")]
    public void The_employers_name_and_its_distinctive_words_are_replaced(string employer, string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text, employer));

    [Theory]
    [InlineData("Mairie de Lyon", "La Mairie de Lyon recrute à Lyon.", "La [entreprise] recrute à Lyon.")]
    [InlineData("Transports Leroy", "Nos transports sont assurés.", "Nos transports sont assurés.")]
    [InlineData("SARL Dupont", "dupont est écrit en minuscules ici", "dupont est écrit en minuscules ici")]
    public void Generic_and_place_words_stay_alone(string employer, string text, string expected) =>
        Assert.Equal(expected, Scrub.Text(text, employer));
}
