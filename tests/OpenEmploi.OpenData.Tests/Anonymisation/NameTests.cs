namespace OpenEmploi.OpenData.Tests.Anonymisation;

public sealed class NameTests
{
    [Theory]
    [InlineData("Contactez M. Dupont pour un entretien.", "Contactez [nom] pour un entretien.")]
    [InlineData("Mme Claire Martin vous recevra.", "[nom] vous recevra.")]
    [InlineData("Monsieur LEROY, responsable du site", "[nom], responsable du site")]
    [InlineData("Madame Le Gall attend votre appel", "[nom] attend votre appel")]
    [InlineData("demandez Mlle Da Silva", "demandez [nom]")]
    [InlineData("Dr Roux, médecin coordinateur", "[nom], médecin coordinateur")]
    [InlineData("Envoyez votre CV à Sophie.", "Envoyez votre CV à [nom].")]
    [InlineData("Envoyez votre CV à Sophie Lambert avant lundi", "Envoyez votre CV à [nom] avant lundi")]
    [InlineData("contacter Jean-Pierre au plus vite", "contacter [nom] au plus vite")]
    [InlineData("Contact : Dubois", "Contact : [nom]")]
    [InlineData("Contact : DUBOIS Julie - tél", "Contact : [nom] - tél")]
    [InlineData("Votre interlocutrice : Nadia", "Votre interlocutrice : [nom]")]
    [InlineData("Renseignements auprès de Karim au standard.", "Renseignements auprès de [nom] au standard.")]
    [InlineData("Léa D. vous répondra.", "[nom] vous répondra.")]
    [InlineData("CV à Sophie Le Gall ou Karim Ben Ali.", "CV à [nom] ou [nom].")]
    [InlineData("Élodie Perrin et Thomas Masson forment l'équipe.", "[nom] et [nom] forment l'équipe.")]
    [InlineData("ELODIE PERRIN", "[nom]")]
    [InlineData("Votre tutrice, Claire Mercier, vous formera.", "Votre tutrice, [nom], vous formera.")]
    [InlineData("à l'attention de Marie-Claire", "à l'attention de [nom]")]
    [InlineData("demandez Claire", "demandez [nom]")]
    public void People_are_replaced(string text, string expected) => Assert.Equal(expected, Scrub.Text(text));

    [Theory]
    [InlineData("Madame, Monsieur, nous recherchons un(e) vendeur(se).")]
    [InlineData("Poste basé à Saint-Louis, près de Sainte-Marie.")]
    [InlineData("Établissement situé à Saint Denis.")]
    [InlineData("Claire et précise, votre communication est un atout.")]
    [InlineData("Contact : Service RH.")]
    [InlineData("Contactez Pôle emploi ou France Travail.")]
    [InlineData("Vous travaillerez en CDI au sein de l'équipe.")]
    [InlineData("Marine nationale : voir conditions.")]
    public void Words_that_are_no_people_stay(string text)
    {
        // "Marine nationale": an ambiguous first name with a lower-case word after it is no person.
        Assert.Equal(text, Scrub.Text(text));
    }
}
