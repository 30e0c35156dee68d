namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// Régions, départements, communes (with the 45 municipal arrondissements of Paris, Lyon and
/// Marseille), EPCI and postal codes, indexed once; every lookup is a dictionary read.
/// </summary>
public sealed class Geographie
{
    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, Departement> _departements;
    private readonly Dictionary<string, Commune> _communes;
    private readonly Dictionary<string, Commune[]> _communesByPostalCode;
    private readonly Dictionary<string, Commune[]> _communesByDepartement;
    private readonly Dictionary<string, Departement[]> _departementsByRegion;
    private readonly Dictionary<string, Commune[]> _arrondissementsByCity;
    private readonly Dictionary<string, Departement[]> _neighbours;
    private readonly CommuneNameIndex _names;

    internal Geographie(
        IReadOnlyList<Region> regions,
        IReadOnlyList<Departement> departements,
        IReadOnlyList<Commune> communes,
        IReadOnlyList<Epci> epcis,
        IReadOnlyDictionary<string, Commune[]> communesByPostalCode,
        IReadOnlyDictionary<string, string[]> neighbourCodes,
        string departementsGeoJsonPath,
        string regionsGeoJsonPath)
    {
        Regions = regions;
        Departements = departements;
        Communes = communes;
        Epcis = epcis;
        DepartementsGeoJsonPath = departementsGeoJsonPath;
        RegionsGeoJsonPath = regionsGeoJsonPath;

        _regions = regions.ToDictionary(r => r.Code, StringComparer.Ordinal);
        _departements = departements.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _communes = communes.ToDictionary(c => c.CodeInsee, StringComparer.Ordinal);
        _communesByPostalCode = communesByPostalCode.ToDictionary(StringComparer.Ordinal);
        _communesByDepartement = communes
            .GroupBy(c => c.CodeDepartement, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _departementsByRegion = departements
            .GroupBy(d => d.CodeRegion, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _arrondissementsByCity = communes
            .Where(c => c.CodeCommuneParent is not null)
            .GroupBy(c => c.CodeCommuneParent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.CodeInsee, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _neighbours = neighbourCodes.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Select(code => _departements[code]).ToArray(),
            StringComparer.Ordinal);
        _names = new CommuneNameIndex(communes);
    }

    public IReadOnlyList<Region> Regions { get; }

    public IReadOnlyList<Departement> Departements { get; }

    /// <summary>Communes and the 45 municipal arrondissements, in INSEE code order.</summary>
    public IReadOnlyList<Commune> Communes { get; }

    public IReadOnlyList<Epci> Epcis { get; }

    /// <summary>Full path of the départements outlines (WGS84), for maps.</summary>
    public string DepartementsGeoJsonPath { get; }

    public string RegionsGeoJsonPath { get; }

    public Commune? CommuneByInsee(string code) => _communes.GetValueOrDefault(code);

    /// <summary>All communes served by a postal code, most populated first.</summary>
    public IReadOnlyList<Commune> CommunesByPostalCode(string codePostal) =>
        _communesByPostalCode.GetValueOrDefault(codePostal) ?? [];

    /// <summary>
    /// Communes by name, ignoring case, accents, hyphens and apostrophes ("St" reads "Saint"):
    /// exact names first, then names starting with the query, then near misses (a typo or two);
    /// within each group the most populated first.
    /// </summary>
    public IReadOnlyList<Commune> FindCommunes(string name, int max = 10) => _names.Find(name, max);

    public Departement? DepartementByCode(string code) => _departements.GetValueOrDefault(code);

    public Region? RegionByCode(string code) => _regions.GetValueOrDefault(code);

    public Region? RegionOfDepartement(string codeDepartement) =>
        _departements.TryGetValue(codeDepartement, out var d) ? _regions.GetValueOrDefault(d.CodeRegion) : null;

    /// <summary>Départements sharing a border (derived from the outlines, see <see cref="DepartementNeighbours"/>).</summary>
    public IReadOnlyList<Departement> NeighboursOf(string codeDepartement) =>
        _neighbours.GetValueOrDefault(codeDepartement) ?? [];

    /// <summary>The municipal arrondissements of Paris (75056), Lyon (69123) or Marseille (13055); empty for any other code.</summary>
    public IReadOnlyList<Commune> ArrondissementsOf(string cityCode) =>
        _arrondissementsByCity.GetValueOrDefault(cityCode) ?? [];

    public Commune? CityOfArrondissement(string arrondissementCode) =>
        _communes.TryGetValue(arrondissementCode, out var a) && a.CodeCommuneParent is { } parent
            ? _communes.GetValueOrDefault(parent)
            : null;

    public IReadOnlyList<Commune> CommunesOfDepartement(string code) =>
        _communesByDepartement.GetValueOrDefault(code) ?? [];

    public IReadOnlyList<Departement> DepartementsOfRegion(string code) =>
        _departementsByRegion.GetValueOrDefault(code) ?? [];
}
