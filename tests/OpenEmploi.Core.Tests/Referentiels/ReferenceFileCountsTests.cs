using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Core.Tests.Referentiels;

// Row counts from data/README.md: a file that loses or gains rows is a packaging mistake.
public class ReferenceFileCountsTests(ReferenceDataFixture fixture) : IClassFixture<ReferenceDataFixture>
{
    private readonly ReferenceData _data = fixture.Data;

    [Fact]
    public void Rome_files_load_every_row()
    {
        Assert.Equal(14, _data.Rome.GrandsDomaines.Count);
        Assert.Equal(110, _data.Rome.Domaines.Count);
        Assert.Equal(1_584, _data.Rome.Metiers.Count);
        Assert.Equal(13_120, _data.Rome.Appellations.Count);
        Assert.Equal(18_317, _data.Rome.Competences.Count);
        Assert.Equal(1_584, _data.Rome.Appellations.Count(a => a.Principale));
    }

    [Fact]
    public void Geography_files_load_every_row()
    {
        Assert.Equal(26, _data.Geographie.Regions.Count);
        Assert.Equal(109, _data.Geographie.Departements.Count);
        Assert.Equal(35_014, _data.Geographie.Communes.Count);
        Assert.Equal(45, _data.Geographie.Communes.Count(c => c.IsArrondissement));
        Assert.Equal(1_255, _data.Geographie.Epcis.Count);
    }

    [Fact]
    public void Naf_files_load_every_level()
    {
        Assert.Equal(21, _data.Naf.Sections.Count);
        Assert.Equal(88, _data.Naf.Divisions.Count);
        Assert.Equal(272, _data.Naf.Groupes.Count);
        Assert.Equal(615, _data.Naf.Classes.Count);
        Assert.Equal(732, _data.Naf.SousClasses.Count);
    }

    [Fact]
    public void Code_lists_load_every_row()
    {
        Assert.Equal(11, _data.Listes.TypesContrat.Count);
        Assert.Equal(20, _data.Listes.NaturesContrat.Count);
        Assert.Equal(10, _data.Listes.NiveauxFormation.Count);
        Assert.Equal(9, _data.Listes.Qualifications.Count);
        Assert.Equal(20, _data.Listes.Permis.Count);
        Assert.Equal(16, _data.Listes.TranchesEffectif.Count);
        Assert.Equal(260, _data.Listes.CategoriesJuridiques.Count);
        Assert.Equal(22, _data.Listes.Themes.Count);
        Assert.Equal(43, _data.Listes.Langues.Count);
        Assert.Equal(97, _data.Listes.Pays.Count);
        Assert.Equal(6, _data.Listes.Continents.Count);
    }

    [Fact]
    public void Geojson_paths_point_to_shipped_files()
    {
        Assert.True(File.Exists(_data.Geographie.DepartementsGeoJsonPath));
        Assert.True(File.Exists(_data.Geographie.RegionsGeoJsonPath));
    }
}
