using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// Every territory of the statistics, built once from the reference data (data/geo): France, the
/// régions, départements, zones d'emploi 2020, EPCI and communes (without the municipal
/// arrondissements, which the statistics do not break down). Zone d'emploi names are not in our
/// data (data/README.md): each zone is named after its most populous commune, "Zone d'emploi de
/// Lyon" (docs/statistics-api.md).
/// </summary>
public sealed class TerritoryDirectory
{
    public const string FranceCode = "FR";

    private readonly Dictionary<TerritoryLevel, Dictionary<string, StatisticsTerritory>> _byLevel;
    private readonly Dictionary<TerritoryLevel, IReadOnlyList<StatisticsTerritory>> _lists;
    private readonly (string Key, StatisticsTerritory Territory)[] _names;
    private readonly Dictionary<string, IReadOnlyList<Commune>> _communesByZone;

    public TerritoryDirectory(ReferenceData data)
    {
        var geo = data.Geographie;
        var communes = geo.Communes.Where(c => !c.IsArrondissement).ToList();
        _communesByZone = communes.Where(c => c.CodeZoneEmploi is not null)
            .GroupBy(c => c.CodeZoneEmploi!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Commune>)[.. g], StringComparer.Ordinal);
        var populationByDepartement = communes.GroupBy(c => c.CodeDepartement, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => (long)c.Population), StringComparer.Ordinal);
        var populationByRegion = communes.GroupBy(c => c.CodeRegion, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(c => (long)c.Population), StringComparer.Ordinal);
        var epciDepartement = communes.Where(c => c.CodeEpci is not null)
            .GroupBy(c => c.CodeEpci!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.Population).First().CodeDepartement, StringComparer.Ordinal);

        List<StatisticsTerritory> all =
        [
            new(TerritoryLevel.Nation, FranceCode, "France", null, populationByRegion.Values.Sum()),
            .. geo.Regions.Select(r => new StatisticsTerritory(TerritoryLevel.Region, r.Code, r.Nom, null, populationByRegion.GetValueOrDefault(r.Code))),
            .. geo.Departements.Select(d => new StatisticsTerritory(TerritoryLevel.Departement, d.Code, d.Nom, d.Code, populationByDepartement.GetValueOrDefault(d.Code))),
            .. _communesByZone.Select(zone =>
            {
                var main = zone.Value.OrderByDescending(c => c.Population).ThenBy(c => c.CodeInsee, StringComparer.Ordinal).First();
                return new StatisticsTerritory(TerritoryLevel.ZoneEmploi, zone.Key, ZoneName(main.Nom), main.CodeDepartement, zone.Value.Sum(c => (long)c.Population));
            }),
            .. geo.Epcis.Select(e => new StatisticsTerritory(TerritoryLevel.Epci, e.Code, e.Nom, epciDepartement.GetValueOrDefault(e.Code), e.PopulationMunicipale)),
            .. communes.Select(c => new StatisticsTerritory(TerritoryLevel.Commune, c.CodeInsee, c.Nom, c.CodeDepartement, c.Population)),
        ];
        _byLevel = all.GroupBy(t => t.Level).ToDictionary(g => g.Key, g => g.ToDictionary(t => t.Code, StringComparer.Ordinal));
        _lists = all.GroupBy(t => t.Level).ToDictionary(g => g.Key, g => (IReadOnlyList<StatisticsTerritory>)[.. g.OrderBy(t => t.Code, StringComparer.Ordinal)]);
        _names = [.. all.Select(t => (TextFolding.Fold(t.Name), t)).OrderBy(n => n.Item1, StringComparer.Ordinal)];
    }

    public StatisticsTerritory France => _byLevel[TerritoryLevel.Nation][FranceCode];

    public StatisticsTerritory? Find(TerritoryLevel level, string code) =>
        _byLevel.TryGetValue(level, out var territories) ? territories.GetValueOrDefault(code) : null;

    /// <summary>Every territory of a level, in code order.</summary>
    public IReadOnlyList<StatisticsTerritory> OfLevel(TerritoryLevel level) => _lists.GetValueOrDefault(level) ?? [];

    /// <summary>The communes of a zone d'emploi, for the zone map (our data has no zone outlines).</summary>
    public IReadOnlyList<Commune> CommunesOfZone(string code) => _communesByZone.GetValueOrDefault(code) ?? [];

    /// <summary>
    /// Territories whose name starts with the text (case, accents and hyphens ignored): exact names
    /// first, then larger territories before smaller ones (a région before a commune of the same
    /// name), then the most populous.
    /// </summary>
    public IReadOnlyList<StatisticsTerritory> Search(string text, int max)
    {
        var query = TextFolding.Fold(text ?? "");
        if (query.Length == 0 || max <= 0)
            return [];
        var first = LowerBound(query);
        var found = new List<(bool Exact, StatisticsTerritory Territory)>();
        for (var i = first; i < _names.Length && _names[i].Key.StartsWith(query, StringComparison.Ordinal); i++)
            found.Add((_names[i].Key.Length == query.Length, _names[i].Territory));
        // "Lyon" also finds "Zone d'emploi de Lyon" and "Métropole de Lyon": words inside names count too.
        if (found.Count < max)
        {
            var inside = " " + query;
            foreach (var (key, territory) in _names)
            {
                if (key.Contains(inside, StringComparison.Ordinal) && !found.Any(f => ReferenceEquals(f.Territory, territory)))
                    found.Add((false, territory));
            }
        }
        return [.. found.OrderByDescending(f => f.Exact).ThenBy(f => f.Territory.Level == TerritoryLevel.Commune ? 1 : 0)
            .ThenByDescending(f => f.Territory.Population).Select(f => f.Territory).Take(max)];
    }

    private int LowerBound(string key)
    {
        int low = 0, high = _names.Length;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (string.CompareOrdinal(_names[mid].Key, key) < 0)
                low = mid + 1;
            else
                high = mid;
        }
        return low;
    }

    /// <summary>"Zone d'emploi de Lyon", "d'Annecy", "du Havre", "des Sables-d'Olonne", "de La Rochelle".</summary>
    internal static string ZoneName(string commune)
    {
        if (commune.StartsWith("Le ", StringComparison.Ordinal))
            return "Zone d'emploi du " + commune[3..];
        if (commune.StartsWith("Les ", StringComparison.Ordinal))
            return "Zone d'emploi des " + commune[4..];
        var initial = TextFolding.Fold(commune[..1]);
        return initial.Length == 1 && "aeiouyh".Contains(initial[0], StringComparison.Ordinal) && !commune.StartsWith("La ", StringComparison.Ordinal)
            ? "Zone d'emploi d'" + commune
            : "Zone d'emploi de " + commune;
    }
}
