using OpenEmploi.Search.Facts;
using OpenEmploi.Search.Query;
using static OpenEmploi.Search.Tests.Index.TestIndexes;

namespace OpenEmploi.Search.Tests.Index;

public sealed class GeoTests
{
    private static OffreFacts Offre(string id, string insee) => new()
    {
        Id = id, Source = "OPENEMPLOI", Origine = 1, DateCreation = T0,
        Commune = insee, Latitude = Lat(insee), Longitude = Lon(insee), Departement = Dep(insee), Region = Reg(insee),
    };

    [Fact]
    public void The_radius_edge_is_the_exact_great_circle_distance()
    {
        // Versailles (78646) from Paris (75056), with the real reference points.
        var km = BruteForce.Haversine(Lat("75056"), Lon("75056"), Lat("78646"), Lon("78646"));
        var index = Build([Offre("v", "78646")]);
        Assert.Equal(["v"], Ids(index, new SearchQuery { Communes = ["75056"], DistanceKm = km + 0.01 }));
        Assert.Empty(Ids(index, new SearchQuery { Communes = ["75056"], DistanceKm = km - 0.01 }));
    }

    [Fact]
    public void A_city_code_covers_its_arrondissements_and_an_arrondissement_itself()
    {
        var index = Build([Offre("m1", "13201"), Offre("m16", "13216"), Offre("m", "13055"), Offre("l", "69381")]);
        Assert.Equal(["m", "m1", "m16"], Ids(index, new SearchQuery { Communes = ["13055"], DistanceKm = 0 }));
        Assert.Equal(["m16"], Ids(index, new SearchQuery { Communes = ["13216"], DistanceKm = 0 }));
        // Far arrondissements still belong to the city whatever the radius.
        Assert.Equal(["m", "m1", "m16"], Ids(index, new SearchQuery { Communes = ["13055"], DistanceKm = 1 }));
    }

    [Fact]
    public void Offers_placed_without_a_commune_never_match_a_commune_query()
    {
        var index = Build([new OffreFacts { Id = "d", Source = "OPENEMPLOI", DateCreation = T0, Departement = "75", Region = "11" }]);
        Assert.Empty(Ids(index, new SearchQuery { Communes = ["75056"], DistanceKm = 100 }));
        Assert.Equal(["d"], Ids(index, new SearchQuery { Departements = ["75"] }));
    }

    [Fact]
    public void Neighbouring_departements_come_from_the_reference_data()
    {
        var neighbours = Data.Geographie.NeighboursOf("69").Select(d => d.Code).ToList();
        Assert.Contains("01", neighbours);
        var index = Build([Offre("lyon", "69123"), Offre("bourg", "01053"), Offre("paris", "75056")]);
        Assert.Equal(["lyon"], Ids(index, new SearchQuery { Departements = ["69"] }));
        Assert.Equal(["bourg", "lyon"], Ids(index, new SearchQuery { Departements = ["69"], InclureLimitrophes = true }));
    }
}
