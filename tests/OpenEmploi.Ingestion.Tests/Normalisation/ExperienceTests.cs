namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class ExperienceTests
{
    [Theory]
    [InlineData("débutant accepté", "D", "Débutant accepté")]
    [InlineData("Débutant(e) accepté(e)", "D", "Débutant accepté")]
    [InlineData("Aucune expérience requise", "D", "Débutant accepté")]
    [InlineData("Jeune diplômé bienvenu", "D", "Débutant accepté")]
    [InlineData("2 ans d'expérience", "E", "Expérience exigée de 2 An(s)")]
    [InlineData("expérience exigée de 5 an(s)", "E", "Expérience exigée de 5 An(s)")]
    [InlineData("Expérience exigée de 6 Mois", "E", "Expérience exigée de 6 Mois")]
    [InlineData("3 à 5 ans", "E", "Expérience exigée de 3 An(s)")]
    [InlineData("3-5 ans d'expérience", "E", "Expérience exigée de 3 An(s)")]
    [InlineData("Minimum 1 an", "E", "Expérience exigée de 1 An(s)")]
    [InlineData("un an minimum", "E", "Expérience exigée de 1 An(s)")]
    [InlineData("18 mois exigés", "E", "Expérience exigée de 18 Mois")]
    [InlineData("24 mois", "E", "Expérience exigée de 2 An(s)")]
    [InlineData("6 mois souhaités", "S", "Expérience souhaitée de 6 Mois")]
    [InlineData("Expérience souhaitée de 2 An(s)", "S", "Expérience souhaitée de 2 An(s)")]
    [InlineData("Une première expérience est appréciée", "S", "Expérience souhaitée")]
    [InlineData("Expérience exigée", "E", "Expérience exigée")]
    [InlineData("3 ans - en restauration collective", "E", "Expérience exigée de 3 An(s)")]
    [InlineData("24 mois d'expérience", "E", "Expérience exigée de 2 An(s)")]
    [InlineData("0 mois d'expérience", "D", "Débutant accepté")]
    public void Experience_is_read_as_france_travail_labels_it(string text, string exige, string libelle)
    {
        var offre = Shared.Wire(r => r.ExperienceText = text);

        Assert.Equal(exige, offre.ExperienceExige);
        Assert.Equal(libelle, offre.ExperienceLibelle);
    }

    [Fact]
    public void A_bare_duration_is_read_as_required_and_noted()
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.ExperienceText = "2 ans"));

        Assert.Equal("E", offer.Offre.ExperienceExige);
        Assert.True(Shared.HasNote(offer, "experienceExige", "lue comme exigée"));
    }

    [Fact]
    public void Unreadable_experience_becomes_the_comment()
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.ExperienceText = "Expérience dans la vente"));

        Assert.Null(offer.Offre.ExperienceExige);
        Assert.Equal("Expérience dans la vente", offer.Offre.ExperienceCommentaire);
        Assert.True(Shared.HasNote(offer, "experienceExige", "non reconnue"));
    }
}
