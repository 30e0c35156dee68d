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
    public void Radius_candidates_from_commune_postings_match_the_brute_force_however_offers_are_placed()
    {
        // Most offers far from Paris, so that a Paris radius starts from commune postings; around
        // Paris, offers at their commune's point, scattered inside the same commune code, without
        // coordinates, with a latitude only, and located without a commune code.
        var random = new Random(7);
        string[] near = ["75056", "75108", "75115", "92012", "92050", "93066", "94028", "78646", "95018", "77288", "91228"];
        string[] far = ["13055", "69123", "33063", "31555", "59350", "67482", "06088"];
        var offers = new List<OffreFacts>();
        for (var i = 0; i < 1200; i++)
        {
            var id = $"o{i:D4}";
            var creation = T0.AddMinutes(-random.Next(0, 500));
            var insee = i % 4 == 0 ? near[random.Next(near.Length)] : far[random.Next(far.Length)];
            var (lat, lon) = Point(insee);
            double? latitude = lat, longitude = lon;
            string? commune = insee;
            switch (random.Next(10))
            {
                case 0: latitude = lat + ((random.NextDouble() - 0.5) * 0.3); longitude = lon + ((random.NextDouble() - 0.5) * 0.3); break;
                case 1: latitude = longitude = null; break;
                case 2: longitude = null; break;
                case 3: commune = null; break;
            }
            offers.Add(new OffreFacts
            {
                Id = id, Source = "OPENEMPLOI", Origine = 1, DateCreation = creation,
                Commune = commune, Latitude = latitude, Longitude = longitude, Departement = Dep(insee), Region = Reg(insee),
            });
        }
        var index = Build(offers);
        var brute = new BruteForce(offers);
        foreach (var code in new[] { "75056", "92012", "78646", "13055" })
        {
            foreach (var km in new[] { 0.0, 3, 10, 25, 60 })
            {
                foreach (var sort in new[] { SearchSort.Date, SearchSort.Distance })
                {
                    var q = new SearchQuery { Communes = [code], DistanceKm = km, Sort = sort, Start = 0, End = 3149 };
                    var matches = brute.Matches(q, T0);
                    var ordered = sort == SearchSort.Date
                        ? matches.OrderByDescending(m => m.Offre.DateCreation).ThenBy(m => m.Distance)
                        : matches.OrderBy(m => m.Distance).ThenByDescending(m => m.Offre.DateCreation);
                    var expected = ordered.ThenBy(m => m.Offre.Id, StringComparer.Ordinal).Select(m => m.Offre.Id).ToList();
                    var result = index.Search(q, T0);
                    Assert.True(expected.SequenceEqual(result.Ids), $"commune {code}, {km} km, sort {sort}");
                    Assert.Equal(expected.Count, result.Total);
                }
            }
        }
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
