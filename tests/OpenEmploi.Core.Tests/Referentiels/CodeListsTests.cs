using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

public class CodeListsTests(ReferenceDataFixture fixture) : IClassFixture<ReferenceDataFixture>
{
    private readonly CodeLists _listes = fixture.Data.Listes;

    [Fact]
    public void Lookups_find_codes_of_the_offers_api()
    {
        Assert.Equal("Contrat à durée indéterminée", _listes.TypeContrat("CDI")?.Libelle);
        Assert.Equal("Contrat travail", _listes.NatureContrat("E1")?.Libelle);
        Assert.Equal("Technicien", _listes.Qualification("7")?.Libelle);
        Assert.True(_listes.Qualification("9")?.Cadre);
        Assert.False(_listes.Qualification("1")?.Cadre);
        Assert.StartsWith("B - ", _listes.PermisByCode("B")?.Libelle, StringComparison.Ordinal);
        Assert.Equal(1, _listes.NiveauFormation("AFS")?.Ordre);
        Assert.Null(_listes.TypeContrat("XXX"));
    }

    [Fact]
    public void Niveaux_de_formation_are_ordered_lowest_first()
    {
        Assert.Equal(_listes.NiveauxFormation.Select(n => n.Ordre).Order(), _listes.NiveauxFormation.Select(n => n.Ordre));
    }
}
