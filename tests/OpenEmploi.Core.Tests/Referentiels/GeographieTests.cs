using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

public class GeographieTests(ReferenceDataFixture fixture) : IClassFixture<ReferenceDataFixture>
{
    private readonly Geographie _geo = fixture.Data.Geographie;

    [Theory]
    [InlineData("saint etienne")]
    [InlineData("SAINT-ÉTIENNE")]
    [InlineData("St-Etienne")]
    [InlineData("Saint-Étienne")]
    [InlineData("  saint   étienne ")]
    public void FindCommunes_puts_Saint_Etienne_first_however_it_is_typed(string query)
    {
        var found = _geo.FindCommunes(query);

        Assert.Equal("42218", found[0].CodeInsee);
        Assert.Equal(10, found.Count);
    }

    [Fact]
    public void FindCommunes_lists_exact_then_prefix_matches_by_population()
    {
        var found = _geo.FindCommunes("saint etienne", 3);

        Assert.Equal(3, found.Count);
        Assert.Equal("42218", found[0].CodeInsee);
        Assert.True(found[1].Population >= found[2].Population);
        Assert.All(found.Skip(1), c => Assert.StartsWith("Saint-Étienne-", c.Nom, StringComparison.Ordinal));
    }

    [Fact]
    public void FindCommunes_tolerates_a_typo()
    {
        Assert.Equal("13055", _geo.FindCommunes("marseile")[0].CodeInsee);
        Assert.Equal("42218", _geo.FindCommunes("saint etiene")[0].CodeInsee);
    }

    [Fact]
    public void FindCommunes_returns_nothing_for_blank_or_unknown_names()
    {
        Assert.Empty(_geo.FindCommunes("  - "));
        Assert.Empty(_geo.FindCommunes("zzzzzzzzzzzz"));
        Assert.Empty(_geo.FindCommunes("paris", max: 0));
    }

    [Fact]
    public void Commune_is_found_by_insee_code_with_its_attributes()
    {
        var commune = _geo.CommuneByInsee("42218");

        Assert.NotNull(commune);
        Assert.Equal("Saint-Étienne", commune.Nom);
        Assert.Equal("42", commune.CodeDepartement);
        Assert.Equal("84", commune.CodeRegion);
        Assert.Equal(["42000", "42100", "42230"], commune.CodesPostaux);
        Assert.True(commune.Population > 100_000);
        Assert.NotNull(commune.Latitude);
        Assert.Null(_geo.CommuneByInsee("99999"));
    }

    [Theory]
    [InlineData("42000")]
    [InlineData("42100")]
    public void Saint_Etienne_is_found_by_its_postal_codes(string codePostal)
    {
        Assert.Contains(_geo.CommunesByPostalCode(codePostal), c => c.CodeInsee == "42218");
    }

    [Fact]
    public void A_shared_postal_code_returns_every_commune()
    {
        var communes = _geo.CommunesByPostalCode("01210").Select(c => c.CodeInsee).Order(StringComparer.Ordinal);

        Assert.Equal(["01160", "01281", "01435"], communes);
        Assert.Empty(_geo.CommunesByPostalCode("00000"));
    }

    [Fact]
    public void Ile_de_France_has_its_eight_departements()
    {
        Assert.Equal("Île-de-France", _geo.RegionByCode("11")?.Nom);
        var codes = _geo.DepartementsOfRegion("11").Select(d => d.Code).Order(StringComparer.Ordinal);

        Assert.Equal(["75", "77", "78", "91", "92", "93", "94", "95"], codes);
        Assert.Equal("11", _geo.RegionOfDepartement("93")?.Code);
    }

    [Fact]
    public void Corsican_departements_belong_to_Corse()
    {
        Assert.Equal("Corse-du-Sud", _geo.DepartementByCode("2A")?.Nom);
        Assert.Equal("94", _geo.RegionOfDepartement("2A")?.Code);
        Assert.Equal("94", _geo.RegionOfDepartement("2B")?.Code);
        Assert.Null(_geo.RegionOfDepartement("20"));
    }

    [Theory]
    [InlineData("75056", 20)]
    [InlineData("69123", 9)]
    [InlineData("13055", 16)]
    [InlineData("42218", 0)]
    [InlineData("99999", 0)]
    public void ArrondissementsOf_lists_municipal_arrondissements(string city, int count)
    {
        Assert.Equal(count, _geo.ArrondissementsOf(city).Count);
    }

    [Fact]
    public void Paris_arrondissements_point_back_to_Paris()
    {
        var arrondissements = _geo.ArrondissementsOf("75056");

        Assert.Equal("75101", arrondissements[0].CodeInsee);
        Assert.All(arrondissements, a => Assert.Equal("75056", _geo.CityOfArrondissement(a.CodeInsee)?.CodeInsee));
        Assert.Equal("Paris", _geo.CityOfArrondissement("75108")?.Nom);
        Assert.Null(_geo.CityOfArrondissement("75056"));
        Assert.Contains(_geo.CommunesOfDepartement("75"), c => c.CodeInsee == "75108");
    }

    [Theory]
    [InlineData("75", new[] { "92", "93", "94" })]
    [InlineData("2A", new[] { "2B" })]
    [InlineData("2B", new[] { "2A" })]
    [InlineData("69", new[] { "01", "38", "42", "71" })]
    [InlineData("13", new[] { "30", "83", "84" })]
    [InlineData("974", new string[0])]
    [InlineData("971", new string[0])]
    [InlineData("975", new string[0])]
    public void NeighboursOf_follows_shared_borders(string departement, string[] expected)
    {
        Assert.Equal(expected, _geo.NeighboursOf(departement).Select(d => d.Code));
    }

    [Fact]
    public void Neighbourhood_is_symmetric_and_every_metropolitan_departement_has_one()
    {
        foreach (var d in _geo.Departements)
        {
            foreach (var n in _geo.NeighboursOf(d.Code))
                Assert.Contains(_geo.NeighboursOf(n.Code), back => back.Code == d.Code);
            if (d.Zone == Zone.Metro)
                Assert.NotEmpty(_geo.NeighboursOf(d.Code));
        }
    }

    [Fact]
    public void Every_commune_points_to_a_known_departement_and_region()
    {
        Assert.All(_geo.Communes, c =>
        {
            Assert.NotNull(_geo.DepartementByCode(c.CodeDepartement));
            Assert.NotNull(_geo.RegionByCode(c.CodeRegion));
        });
    }
}
