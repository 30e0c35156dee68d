using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

public class RomeReferentielTests(ReferenceDataFixture fixture) : IClassFixture<ReferenceDataFixture>
{
    private readonly RomeReferentiel _rome = fixture.Data.Rome;

    [Fact]
    public void Metier_climbs_to_its_domaine_and_grand_domaine()
    {
        var metier = _rome.MetierByCode("M1805");

        Assert.Equal("Développeur / Développeuse informatique", metier?.Libelle);
        Assert.Equal("M18", _rome.DomaineOf("M1805")?.Code);
        Assert.Equal("M", _rome.GrandDomaineOf("M1805")?.Code);
        Assert.Equal("Support à l'entreprise", _rome.GrandDomaineByCode("M")?.Libelle);
        Assert.Equal("M", _rome.DomaineByCode("M18")?.CodeGrandDomaine);
        Assert.Null(_rome.MetierByCode("Z9999"));
        Assert.Null(_rome.DomaineOf("Z9999"));
    }

    [Fact]
    public void Metier_carries_its_texts_and_flags()
    {
        var metier = _rome.MetierByCode("M1805")!;

        Assert.StartsWith("Le / La Développeur(se) informatique conçoit", metier.Definition, StringComparison.Ordinal);
        Assert.Contains('\n', metier.Definition!);
        Assert.False(string.IsNullOrEmpty(metier.AccesMetier));
        Assert.True(metier.EmploiCadre);
        Assert.False(metier.EmploiReglemente);
        Assert.Equal("M1805", metier.CodeRomeParent);
    }

    [Fact]
    public void Appellation_points_to_its_metier()
    {
        var appellation = _rome.AppellationByCode("10944");

        Assert.Equal("M1805", appellation?.CodeRome);
        Assert.False(appellation!.Principale);
        Assert.NotNull(_rome.MetierByCode(appellation.CodeRome));
        Assert.All(_rome.Appellations, a => Assert.NotNull(_rome.MetierByCode(a.CodeRome)));
    }

    [Fact]
    public void AppellationsOf_starts_with_the_principal_title()
    {
        var appellations = _rome.AppellationsOf("M1805");

        Assert.Equal(16, appellations.Count);
        Assert.Equal("14153", appellations[0].Code);
        Assert.Equal("14153", _rome.PrincipalAppellationOf("M1805")?.Code);
        Assert.Empty(_rome.AppellationsOf("Z9999"));
        Assert.Null(_rome.PrincipalAppellationOf("Z9999"));
    }

    [Fact]
    public void Every_metier_has_a_principal_appellation()
    {
        Assert.All(_rome.Metiers, m => Assert.NotNull(_rome.PrincipalAppellationOf(m.CodeRome)));
    }

    [Fact]
    public void Competence_is_found_by_code()
    {
        var competence = _rome.CompetenceByCode("100023");

        Assert.Equal("Abattre un arbre", competence?.Libelle);
        Assert.False(competence!.IsMacro);
        Assert.Equal("Savoir-faire", competence.Categorie);
        Assert.Contains(_rome.Competences, c => c.IsMacro);
    }
}
