using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Tests.Normalisation;

public sealed class PlaceTests
{
    [Theory]
    [InlineData("69003", "Lyon", "69383", "69 - LYON 03", "69003")]
    [InlineData("69003", "LYON", "69383", "69 - LYON 03", "69003")]
    [InlineData(null, "Lyon 3e", "69383", "69 - LYON 03", "69003")]
    [InlineData(null, "Lyon 3ème arrondissement", "69383", "69 - LYON 03", "69003")]
    [InlineData(null, "Paris 15", "75115", "75 - PARIS 15", "75015")]
    [InlineData(null, "Paris 1er", "75101", "75 - PARIS 01", "75001")]
    [InlineData(null, "Marseille 13ème", "13213", "13 - MARSEILLE 13", "13013")]
    [InlineData("75008", null, "75108", "75 - PARIS 08", "75008")]
    [InlineData("75008", "Paris", "75108", "75 - PARIS 08", "75008")]
    [InlineData("42000", "ST ETIENNE", "42218", "42 - ST ETIENNE", "42000")]
    [InlineData("42000", "saint-étienne", "42218", "42 - ST ETIENNE", "42000")]
    [InlineData("42029", "SAINT-ETIENNE CEDEX 2", "42218", "42 - ST ETIENNE", "42000")]
    [InlineData("69421", "Lyon Cedex 03", "69123", "69 - LYON", "69001")]
    [InlineData("1000", "Bourg en Bresse", "01053", "01 - BOURG EN BRESSE", "01000")]
    [InlineData("69100", "Villeurbane", "69266", "69 - VILLEURBANNE", "69100")]
    [InlineData("69100", "Vaulx-en-Velin", "69256", "69 - VAULX EN VELIN", "69120")]
    [InlineData(null, "Bordeaux (33)", "33063", "33 - BORDEAUX", "33000")]
    [InlineData(null, "69003 Lyon", "69383", "69 - LYON 03", "69003")]
    [InlineData(null, "L'Haÿ-les-Roses", "94038", "94 - L HAY LES ROSES", "94240")]
    public void Communes_are_found_from_postal_code_and_name(string? postal, string? city, string insee, string libelle, string codePostal)
    {
        var lieu = Lieu(new RawPlace { PostalCode = postal, City = city });

        Assert.Equal(insee, lieu.Commune);
        Assert.Equal(libelle, lieu.Libelle);
        Assert.Equal(codePostal, lieu.CodePostal);
        var commune = Shared.Data.Geographie.CommuneByInsee(insee)!;
        Assert.Equal(commune.Latitude, lieu.Latitude);
        Assert.Equal(commune.Longitude, lieu.Longitude);
    }

    [Theory]
    [InlineData("69266", null, "69266")]
    [InlineData("75056", "75015", "75115")]
    [InlineData("69003", null, "69003")]     // Albigny-sur-Saône: an INSEE code, although 69003 is also Lyon 3e's postal code
    [InlineData("75015", null, "75115")]     // no commune has this INSEE code: a postal code in the wrong field
    public void Insee_codes_are_used_and_a_postal_code_in_their_place_read_as_one(string insee, string? postal, string expected) =>
        Assert.Equal(expected, Lieu(new RawPlace { CommuneInsee = insee, PostalCode = postal }).Commune);

    [Fact]
    public void Coordinates_give_the_nearest_commune()
    {
        var lieu = Lieu(new RawPlace { Latitude = 45.7578, Longitude = 4.8320 });

        Assert.Equal("69123", Shared.Data.Geographie.CommuneByInsee(lieu.Commune!)!.CodeCommuneParent);
    }

    [Fact]
    public void Swapped_coordinates_are_detected_and_noted()
    {
        var direct = Lieu(new RawPlace { Latitude = 43.6045, Longitude = 1.4440 });
        var offer = Shared.Accepted(Shared.Offer(r => r.Place = new RawPlace { Latitude = 1.4440, Longitude = 43.6045 }));

        Assert.Equal(direct.Commune, offer.Offre.LieuTravail?.Commune);
        Assert.Equal("31555", direct.Commune);
        Assert.True(Shared.HasNote(offer, "lieuTravail", "inversées"));
        Assert.True(Shared.HasNote(offer, "lieuTravail", "déduite des coordonnées"));
    }

    [Fact]
    public void Swapped_coordinates_work_overseas_too() =>
        Assert.Equal("974", Shared.Data.Geographie.CommuneByInsee(Lieu(new RawPlace { Latitude = 55.45, Longitude = -20.88 }).Commune!)!.CodeDepartement);

    [Theory]
    [InlineData("69", null, "69 - Rhône")]
    [InlineData("69 - Rhône", null, "69 - Rhône")]
    [InlineData("Rhône", null, "69 - Rhône")]
    [InlineData(null, "69 - Rhône", "69 - Rhône")]
    [InlineData(null, "33 - Gironde", "33 - Gironde")]
    [InlineData(null, "Corrèze", "19 - Corrèze")]
    [InlineData("2A", null, "2A - Corse-du-Sud")]
    public void A_departement_alone_places_the_offer_there(string? departement, string? text, string libelle)
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.Place = new RawPlace { Departement = departement, Text = text }));

        Assert.Equal(libelle, offer.Offre.LieuTravail?.Libelle);
        Assert.Null(offer.Offre.LieuTravail?.Commune);
        Assert.Equal(libelle[..2], offer.Entry.Departement);
        Assert.NotNull(offer.Entry.Region);
    }

    [Theory]
    [InlineData(null, "Bretagne", "53")]
    [InlineData("84", null, "84")]
    [InlineData("Île-de-France", null, "11")]
    [InlineData(null, "Auvergne-Rhône-Alpes", "84")]
    public void A_region_alone_places_the_offer_there(string? region, string? text, string code)
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.Place = new RawPlace { Region = region, Text = text }));

        Assert.Equal(Shared.Data.Geographie.RegionByCode(code)!.Nom, offer.Offre.LieuTravail?.Libelle);
        Assert.Null(offer.Entry.Departement);
        Assert.Equal(code, offer.Entry.Region);
    }

    [Fact]
    public void An_unknown_commune_falls_back_to_its_departement_with_a_note()
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.Place = new RawPlace { City = "Xyzzyville", Departement = "69" }));

        Assert.Equal("69 - Rhône", offer.Offre.LieuTravail?.Libelle);
        Assert.True(Shared.HasNote(offer, "lieuTravail", "introuvable"));
    }

    [Fact]
    public void An_ambiguous_name_takes_the_most_populated_commune_with_a_note()
    {
        var offer = Shared.Accepted(Shared.Offer(r => r.Place = new RawPlace { City = "Saint-Denis" }));

        Assert.Equal("Saint-Denis", Shared.Data.Geographie.CommuneByInsee(offer.Offre.LieuTravail!.Commune!)!.Nom);
        Assert.True(Shared.HasNote(offer, "lieuTravail", "communes se nomment"));
    }

    [Fact]
    public void An_ambiguous_name_is_settled_by_the_departement()
    {
        Assert.Equal("93066", Lieu(new RawPlace { City = "Saint-Denis", Departement = "93" }).Commune);
        Assert.Equal("93066", Lieu(new RawPlace { Text = "Saint-Denis (93)" }).Commune);
    }

    [Theory]
    [InlineData(null, "Xyzzyville", null, "lieu de travail introuvable")]
    [InlineData(null, null, null, "lieu de travail absent")]
    [InlineData(null, "Bruxelles", "Belgique", "hors de France")]
    public void No_usable_place_is_a_rejection(string? postal, string? city, string? country, string reason)
    {
        var result = Shared.Normalise(Shared.Offer(r => r.Place = new RawPlace { PostalCode = postal, City = city, Country = country }));

        Assert.True(result.IsRejected);
        Assert.Contains(result.Rejections, r => r.Field == "lieuTravail" && r.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Coordinates_at_sea_are_no_place()
    {
        var result = Shared.Normalise(Shared.Offer(r => r.Place = new RawPlace { Latitude = 45.0, Longitude = -10.0 }));

        Assert.True(result.IsRejected);
        Assert.Contains(result.Notes, n => n.Message.Contains("hors de France", StringComparison.Ordinal));
    }

    private static LieuTravail Lieu(RawPlace place) =>
        Shared.Wire(r => r.Place = place).LieuTravail ?? throw new InvalidOperationException("no lieuTravail");
}
