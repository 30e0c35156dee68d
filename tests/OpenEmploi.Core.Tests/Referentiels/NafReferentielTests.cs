using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

public class NafReferentielTests(ReferenceDataFixture fixture) : IClassFixture<ReferenceDataFixture>
{
    private readonly NafReferentiel _naf = fixture.Data.Naf;

    [Fact]
    public void Sous_classe_climbs_to_its_section()
    {
        var sousClasse = _naf.ByCode("62.01Z")!;
        var classe = _naf.Parent(sousClasse)!;
        var groupe = _naf.Parent(classe)!;
        var division = _naf.Parent(groupe)!;
        var section = _naf.Parent(division)!;

        Assert.Equal(("62.01", NafLevel.Classe), (classe.Code, classe.Level));
        Assert.Equal(("62.0", NafLevel.Groupe), (groupe.Code, groupe.Level));
        Assert.Equal(("62", NafLevel.Division), (division.Code, division.Level));
        Assert.Equal(("J", NafLevel.Section), (section.Code, section.Level));
        Assert.Null(_naf.Parent(section));
    }

    [Fact]
    public void Sirene_form_resolves_to_the_same_sous_classe()
    {
        Assert.Same(_naf.ByCode("62.01Z"), _naf.ByCode("6201Z"));
        Assert.Equal("Programmation informatique", _naf.ByCode("6201Z")?.Libelle);
        Assert.Null(_naf.ByCode("9999Z"));
    }

    [Theory]
    [InlineData("62.01Z", NafLevel.Section, "J")]
    [InlineData("6201Z", NafLevel.Division, "62")]
    [InlineData("62.01", NafLevel.Groupe, "62.0")]
    [InlineData("62", NafLevel.Division, "62")]
    public void AncestorAt_finds_the_requested_level(string code, NafLevel level, string expected)
    {
        Assert.Equal(expected, _naf.AncestorAt(code, level)?.Code);
    }

    [Fact]
    public void AncestorAt_is_null_below_the_entry_or_for_unknown_codes()
    {
        Assert.Null(_naf.AncestorAt("62", NafLevel.SousClasse));
        Assert.Null(_naf.AncestorAt("nope", NafLevel.Section));
    }

    [Fact]
    public void ChildrenOf_lists_the_level_below()
    {
        Assert.Contains(_naf.ChildrenOf("J"), e => e.Code == "62");
        Assert.Contains(_naf.ChildrenOf("62.01"), e => e.Code == "62.01Z");
        Assert.Empty(_naf.ChildrenOf("62.01Z"));
        Assert.Equal(88, _naf.Sections.Sum(s => _naf.ChildrenOf(s.Code).Count));
    }
}
