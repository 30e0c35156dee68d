using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Web.Features.OffresApi.Referentiels;

namespace OpenEmploi.Web.Tests.OffresApi.Referentiels;

public sealed class ReferentielCatalogTests
{
    private static readonly Lazy<ReferenceData> LazyData = new(ReferenceData.LoadDefault);
    private static readonly Lazy<ReferentielCatalog> LazyCatalog = new(() => new ReferentielCatalog(LazyData.Value));

    private static ReferenceData Data => LazyData.Value;

    private static ReferentielCatalog Catalog => LazyCatalog.Value;

    private static readonly string[] ContractNames =
    [
        "appellations", "nafs", "communes", "continents", "departements", "domaines", "langues", "metiers",
        "naturesContrats", "niveauxFormations", "pays", "permis", "regions", "secteursActivites", "themes", "typesContrats",
    ];

    public static TheoryData<string> Names() => new(ContractNames);

    [Fact]
    public void The_catalog_serves_exactly_the_sixteen_names_of_the_contract() =>
        Assert.Equal(ContractNames, Catalog.Names);

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_referential_is_an_array_of_code_and_libelle_counted_in_its_payload(string name)
    {
        Assert.True(Catalog.TryGet(name, out var payload));
        Assert.Equal(name, payload.Name);

        using var json = JsonDocument.Parse(payload.Json);

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(payload.Count, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), e =>
        {
            Assert.False(string.IsNullOrEmpty(e.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(e.GetProperty("libelle").GetString()));
        });
    }

    [Fact]
    public void Counts_equal_the_referential_sizes()
    {
        var expected = new Dictionary<string, int>
        {
            ["appellations"] = Data.Rome.Appellations.Count,
            ["nafs"] = Data.Naf.SousClasses.Count,
            ["communes"] = Data.Geographie.Communes.Count,
            ["continents"] = Data.Listes.Continents.Count,
            ["departements"] = Data.Geographie.Departements.Count,
            ["domaines"] = Data.Rome.Domaines.Count,
            ["langues"] = Data.Listes.Langues.Count,
            ["metiers"] = Data.Rome.Metiers.Count,
            ["naturesContrats"] = Data.Listes.NaturesContrat.Count,
            ["niveauxFormations"] = Data.Listes.NiveauxFormation.Count,
            ["pays"] = Data.Listes.Pays.Count,
            ["permis"] = Data.Listes.Permis.Count,
            ["regions"] = Data.Geographie.Regions.Count,
            ["secteursActivites"] = Data.Naf.Divisions.Count,
            ["themes"] = Data.Listes.Themes.Count,
            ["typesContrats"] = Data.Listes.TypesContrat.Count,
        };

        Assert.All(expected, kv => Assert.Equal(kv.Value, Payload(kv.Key).Count));
        Assert.Equal(13_120, Payload("appellations").Count);
        Assert.Equal(35_014, Payload("communes").Count);
        Assert.Equal(732, Payload("nafs").Count);
        Assert.Equal(88, Payload("secteursActivites").Count);
    }

    [Fact]
    public void Codes_have_the_shapes_of_the_api()
    {
        Assert.Contains(Entries("domaines"), e => e.Code == "M18" && e.Libelle == "Systèmes d'information et de télécommunication");
        Assert.Contains(Entries("metiers"), e => e.Code == "M1805");
        Assert.Contains(Entries("appellations"), e => e.Code == "38971");
        Assert.All(Entries("nafs"), e => Assert.Matches("^[0-9]{2}\\.[0-9]{2}[A-Z]$", e.Code));
        Assert.All(Entries("secteursActivites"), e => Assert.Matches("^[0-9]{2}$", e.Code));
        Assert.Equal(("01", "France"), Entries("pays")[0]);
        Assert.Contains(Entries("typesContrats"), e => e == ("CDI", "Contrat à durée indéterminée"));
    }

    [Fact]
    public void Communes_add_their_postal_code_and_departement()
    {
        using var json = JsonDocument.Parse(Payload("communes").Json);
        var communes = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!);

        var saintEtienne = communes["42218"];
        Assert.Equal(["code", "libelle", "codePostal", "codeDepartement"], saintEtienne.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Saint-Étienne", saintEtienne.GetProperty("libelle").GetString());
        Assert.StartsWith("420", saintEtienne.GetProperty("codePostal").GetString(), StringComparison.Ordinal);
        Assert.Equal("42", saintEtienne.GetProperty("codeDepartement").GetString());
        Assert.Equal("75", communes["75108"].GetProperty("codeDepartement").GetString());
        // The few communes without a postal code omit the field rather than write null.
        var without = Data.Geographie.Communes.First(c => c.CodesPostaux.Count == 0);
        Assert.False(communes[without.CodeInsee].TryGetProperty("codePostal", out _));
    }

    [Fact]
    public void Departements_add_their_region()
    {
        using var json = JsonDocument.Parse(Payload("departements").Json);
        var rhone = json.RootElement.EnumerateArray().Single(e => e.GetProperty("code").GetString() == "69");

        Assert.Equal(["code", "libelle", "region"], rhone.EnumerateObject().Select(p => p.Name));
        Assert.Equal("84", rhone.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal("Auvergne-Rhône-Alpes", rhone.GetProperty("region").GetProperty("libelle").GetString());
    }

    [Fact]
    public void Accents_and_apostrophes_are_written_as_they_are()
    {
        var regions = Encoding.UTF8.GetString(Payload("regions").Json);
        var domaines = Encoding.UTF8.GetString(Payload("domaines").Json);

        Assert.Contains("\"libelle\":\"Île-de-France\"", regions, StringComparison.Ordinal);
        Assert.Contains("Systèmes d'information", domaines, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", regions + domaines, StringComparison.Ordinal);
        Assert.StartsWith("[{\"code\":", regions, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_are_matched_exactly()
    {
        Assert.False(Catalog.TryGet("Communes", out _));
        Assert.False(Catalog.TryGet("commune", out _));
        Assert.False(Catalog.TryGet("", out _));
    }

    [Fact]
    public void The_endpoint_sends_the_bytes_as_utf8_json_with_a_content_range()
    {
        var http = new DefaultHttpContext();

        var result = ReferentielEndpoints.Get("themes", Catalog, http.Response).Result;

        var file = Assert.IsType<FileContentHttpResult>(result);
        Assert.Equal("application/json; charset=utf-8", file.ContentType);
        Assert.Equal(Payload("themes").Json, file.FileContents.ToArray());
        Assert.Equal("themes */22", http.Response.Headers["Content-Range"].ToString());
    }

    [Fact]
    public void An_unknown_name_is_a_404_problem_listing_the_known_names()
    {
        var http = new DefaultHttpContext();

        var result = ReferentielEndpoints.Get("metier", Catalog, http.Response).Result;

        var problem = Assert.IsType<ProblemHttpResult>(result);
        Assert.Equal(StatusCodes.Status404NotFound, problem.StatusCode);
        Assert.Equal("Référentiel inconnu", problem.ProblemDetails.Title);
        Assert.Contains("« metier »", problem.ProblemDetails.Detail, StringComparison.Ordinal);
        Assert.All(ContractNames, n => Assert.Contains(n, problem.ProblemDetails.Detail, StringComparison.Ordinal));
        Assert.False(http.Response.Headers.ContainsKey("Content-Range"));
    }

    private static ReferentielPayload Payload(string name) =>
        Catalog.TryGet(name, out var payload) ? payload : throw new InvalidOperationException(name);

    private static List<(string Code, string Libelle)> Entries(string name)
    {
        using var json = JsonDocument.Parse(Payload(name).Json);
        return [.. json.RootElement.EnumerateArray().Select(e => (e.GetProperty("code").GetString()!, e.GetProperty("libelle").GetString()!))];
    }
}
