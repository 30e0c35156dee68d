using System.Text.Json;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Core.Tests.Offres;

public sealed class OffreJsonTests
{
    private static readonly string GoldenPath = Path.Combine(AppContext.BaseDirectory, "Offres", "Golden", "offre-complete.json");

    private static string Golden() => File.ReadAllText(GoldenPath).TrimEnd('\n');

    [Fact]
    public void Golden_document_round_trips_byte_for_byte()
    {
        var offre = OffreJson.Deserialize(Golden());

        Assert.Equal(Golden(), OffreJson.Serialize(offre));
    }

    [Fact]
    public void Every_field_of_the_golden_document_is_read_into_the_model()
    {
        var offre = OffreJson.Deserialize(Golden());

        Assert.Equal("048KLTP", offre.Id);
        Assert.Equal(new DateTime(2026, 11, 21, 14, 23, 11, 470, DateTimeKind.Utc), offre.DateCreation);
        Assert.Equal(DateTimeKind.Utc, offre.DateCreation.Kind);
        Assert.Equal("42218", offre.LieuTravail!.Commune);
        Assert.Equal(45.4301, offre.LieuTravail.Latitude);
        Assert.Equal("Aide-soignant / Aide-soignante de nuit", offre.AppellationLibelle);
        Assert.Equal("CDD - 6 Mois", offre.TypeContratLibelle);
        Assert.Equal("43436", Assert.Single(offre.Formations!).CodeFormation);
        Assert.Equal("Mutuelle", Assert.Single(offre.Salaire!.ListeComplements!).Libelle);
        Assert.Equal("2", offre.OrigineOffre!.Origine);
        Assert.Equal("EmploiDirect", Assert.Single(offre.OrigineOffre.Partenaires!).Nom);
        Assert.Equal(["Travail de nuit"], offre.ContexteTravail!.Horaires!);
        Assert.True(offre.AccessibleTH);
        Assert.True(offre.EmployeurHandiEngage);
        Assert.Equal(2, offre.NombrePostes);
    }

    [Fact]
    public void Wire_names_follow_the_contract_including_appellationlibelle()
    {
        using var document = JsonDocument.Parse(OffreJson.Serialize(OffreJson.Deserialize(Golden())));
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("appellationlibelle", names);
        Assert.DoesNotContain("appellationLibelle", names);
        Assert.Contains("codeNAF", names);
        Assert.Contains("accessibleTH", names);
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("origineOffre").GetProperty("origine").ValueKind);
        Assert.Equal(JsonValueKind.Number, document.RootElement.GetProperty("lieuTravail").GetProperty("latitude").ValueKind);
    }

    [Fact]
    public void Empty_strings_lists_and_nulls_are_omitted_never_written_as_null()
    {
        var offre = new Offre
        {
            Id = "123ABCD",
            Intitule = "",
            Description = null,
            Formations = [],
            OutilsBureautiques = [],
            Salaire = new Salaire { Libelle = "Horaire de 11.88 Euros sur 12 mois", Commentaire = "", ListeComplements = [] },
            LieuTravail = new LieuTravail { Libelle = "33 - Gironde" },
            DateCreation = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            DateActualisation = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc),
        };

        var json = OffreJson.Serialize(offre);

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("intitule", json, StringComparison.Ordinal);
        Assert.DoesNotContain("formations", json, StringComparison.Ordinal);
        Assert.DoesNotContain("outilsBureautiques", json, StringComparison.Ordinal);
        Assert.DoesNotContain("listeComplements", json, StringComparison.Ordinal);
        Assert.DoesNotContain("commentaire", json, StringComparison.Ordinal);
        Assert.Contains("\"lieuTravail\":{\"libelle\":\"33 - Gironde\"}", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2026, 11, 21, 14, 23, 11, 470, "2026-11-21T14:23:11.470Z")]
    [InlineData(2026, 1, 2, 3, 4, 5, 0, "2026-01-02T03:04:05.000Z")]
    [InlineData(999, 12, 31, 23, 59, 59, 999, "0999-12-31T23:59:59.999Z")]
    public void Dates_are_utc_with_milliseconds_and_z(int y, int mo, int d, int h, int mi, int s, int ms, string expected)
    {
        var offre = new Offre { Id = "123ABCD", DateCreation = new DateTime(y, mo, d, h, mi, s, ms, DateTimeKind.Utc) };

        using var document = JsonDocument.Parse(OffreJson.Serialize(offre));

        Assert.Equal(expected, document.RootElement.GetProperty("dateCreation").GetString());
    }

    [Fact]
    public void Dates_with_an_offset_are_read_as_utc()
    {
        var offre = OffreJson.Deserialize("""{"id":"123ABCD","dateCreation":"2026-11-21T15:23:11.470+01:00"}""");

        Assert.Equal(new DateTime(2026, 11, 21, 14, 23, 11, 470, DateTimeKind.Utc), offre.DateCreation);
    }

    [Fact]
    public void A_malformed_date_is_reported_with_its_path()
    {
        var error = Assert.Throws<JsonException>(() => OffreJson.Deserialize("""{"id":"123ABCD","dateCreation":"hier"}"""));

        Assert.Contains("dateCreation", error.Message, StringComparison.Ordinal);
    }
}
