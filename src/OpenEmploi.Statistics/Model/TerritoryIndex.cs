using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Model;

/// <summary>One territory of the statistics; <see cref="Publishable"/> is false for the pseudo-territories holding rows of unknown place.</summary>
internal sealed record TerritoryNode(int Id, TerritoryLevel Level, string Code, bool Publishable);

/// <summary>
/// The territorial hierarchy as small integer ids: commune → EPCI, zone d'emploi and département
/// (three partitions of communes; EPCI and zones d'emploi do not nest in départements) →
/// région → France. Rows placed by département only, or not placed at all, go to hidden
/// pseudo-communes ("?69", "?"), so every total still equals the sum of its parts.
/// </summary>
internal sealed class TerritoryIndex
{
    public const int Nation = 0;

    private readonly List<TerritoryNode> _nodes = [];
    private readonly Dictionary<(TerritoryLevel, string), int> _ids = [];
    private readonly List<int[]> _ancestors = [];
    private readonly List<(int Parent, Partition Partition)[]> _parents = [];

    public TerritoryIndex(Geographie geo)
    {
        ArgumentNullException.ThrowIfNull(geo);
        Add(TerritoryLevel.Nation, "FR", true, [], []);
        var unknownRegion = Add(TerritoryLevel.Region, "?", false, [Nation], [(Nation, Partition.RegionsOfNation)]);
        Add(TerritoryLevel.Departement, "?", false, [unknownRegion, Nation], [(unknownRegion, Partition.DepartementsOfRegion)]);
        Add(TerritoryLevel.Commune, "?", false, [Id(TerritoryLevel.Departement, "?"), unknownRegion, Nation],
            [(Id(TerritoryLevel.Departement, "?"), Partition.CommunesOfDepartement)]);
        foreach (var region in geo.Regions)
            Add(TerritoryLevel.Region, region.Code, true, [Nation], [(Nation, Partition.RegionsOfNation)]);
        foreach (var dep in geo.Departements)
        {
            var region = Id(TerritoryLevel.Region, dep.CodeRegion);
            var d = Add(TerritoryLevel.Departement, dep.Code, true, [region, Nation], [(region, Partition.DepartementsOfRegion)]);
            Add(TerritoryLevel.Commune, "?" + dep.Code, false, [d, region, Nation], [(d, Partition.CommunesOfDepartement)]);
        }
        foreach (var epci in geo.Epcis)
            Add(TerritoryLevel.Epci, epci.Code, true, [], []);
        foreach (var commune in geo.Communes)
        {
            if (commune.CodeZoneEmploi is { Length: > 0 } ze && !_ids.ContainsKey((TerritoryLevel.ZoneEmploi, ze)))
                Add(TerritoryLevel.ZoneEmploi, ze, true, [], []);
        }
        var zonePopulation = new Dictionary<(int Zone, int Departement), long>();
        var zoneEpciPopulation = new Dictionary<(int Zone, int Epci), (long People, int Communes)>();
        foreach (var commune in geo.Communes)
        {
            if (!_ids.TryGetValue((TerritoryLevel.Departement, commune.CodeDepartement), out var dep))
                continue;
            if (commune.CodeZoneEmploi is { Length: > 0 } zoneCode && !commune.IsArrondissement)
            {
                var key = (_ids[(TerritoryLevel.ZoneEmploi, zoneCode)], dep);
                zonePopulation[key] = zonePopulation.GetValueOrDefault(key) + Math.Max(commune.Population, 0);
            }
            var region = _ancestors[dep][0];
            var ancestors = new List<int>();
            var parents = new List<(int, Partition)>();
            var epciOfCommune = -1;
            if (commune.CodeEpci is { Length: > 0 } e && _ids.TryGetValue((TerritoryLevel.Epci, e), out var epci))
            {
                ancestors.Add(epci);
                parents.Add((epci, Partition.CommunesOfEpci));
                epciOfCommune = epci;
            }
            // Municipal arrondissements repeat their city's people: counted once, through the city.
            if (commune.CodeZoneEmploi is { Length: > 0 } zoneOfCommune && !commune.IsArrondissement)
            {
                var key = (_ids[(TerritoryLevel.ZoneEmploi, zoneOfCommune)], epciOfCommune);
                var (people, communes) = zoneEpciPopulation.GetValueOrDefault(key);
                zoneEpciPopulation[key] = (people + Math.Max(commune.Population, 0), communes + 1);
            }
            if (commune.CodeZoneEmploi is { Length: > 0 } z)
            {
                var ze = _ids[(TerritoryLevel.ZoneEmploi, z)];
                ancestors.Add(ze);
                parents.Add((ze, Partition.CommunesOfZoneEmploi));
            }
            ancestors.AddRange([dep, region, Nation]);
            parents.Add((dep, Partition.CommunesOfDepartement));
            Add(TerritoryLevel.Commune, commune.CodeInsee, true, [.. ancestors], [.. parents]);
        }
        ShareZonesAmongEpcis(zoneEpciPopulation);
        // Ties (no population known) go to the smaller département code, so the choice is stable.
        foreach (var group in zonePopulation.GroupBy(z => z.Key.Zone))
        {
            _mainDepartementOfZone[group.Key] = group.OrderByDescending(z => z.Value)
                .ThenBy(z => _nodes[z.Key.Departement].Code, StringComparer.Ordinal).First().Key.Departement;
        }
    }

    private readonly Dictionary<int, int> _mainDepartementOfZone = [];
    private readonly Dictionary<int, (int Epci, double Share)[]> _epciSharesOfZone = [];

    /// <summary>
    /// Each EPCI's share of a zone d'emploi's population (its communes' people in the zone ÷ the
    /// zone's people; by number of communes when the zone's population is unknown): how the
    /// recruitment-projects survey's zone is spread over EPCIs. Communes without an EPCI keep their
    /// share out of every EPCI, so the shares may sum to less than one.
    /// </summary>
    public IReadOnlyList<(int Epci, double Share)> EpciSharesOfZone(int zone) => _epciSharesOfZone.TryGetValue(zone, out var shares) ? shares : [];

    private void ShareZonesAmongEpcis(Dictionary<(int Zone, int Epci), (long People, int Communes)> population)
    {
        foreach (var zone in population.GroupBy(p => p.Key.Zone))
        {
            var people = zone.Sum(p => p.Value.People);
            var communes = zone.Sum(p => p.Value.Communes);
            _epciSharesOfZone[zone.Key] = [.. zone.Where(p => p.Key.Epci >= 0)
                .OrderBy(p => _nodes[p.Key.Epci].Code, StringComparer.Ordinal)
                .Select(p => (p.Key.Epci, people > 0 ? (double)p.Value.People / people : (double)p.Value.Communes / communes))];
        }
    }

    /// <summary>
    /// The département holding most of a zone d'emploi's population (zones may straddle
    /// départements and even régions): where the recruitment-projects survey's zone counts.
    /// </summary>
    public int MainDepartementOfZone(int zone) => _mainDepartementOfZone.TryGetValue(zone, out var dep) ? dep : -1;

    public int Count => _nodes.Count;

    public TerritoryNode this[int id] => _nodes[id];

    public int Id(TerritoryLevel level, string code) => _ids[(level, code)];

    public bool TryGetId(TerritoryLevel level, string code, out int id) => _ids.TryGetValue((level, code), out id);

    /// <summary>Every territory a commune-level row also counts in (EPCI, zone d'emploi, département, région, France).</summary>
    public int[] AncestorsOf(int id) => _ancestors[id];

    /// <summary>The totals this territory is a part of, with the partition each total sums over.</summary>
    public (int Parent, Partition Partition)[] ParentsOf(int id) => _parents[id];

    /// <summary>
    /// The commune-level territory of a row: its commune; else the hidden "unknown commune" of its
    /// département; else the hidden unknown of France.
    /// </summary>
    public int Place(string? commune, string? departement)
    {
        if (commune is not null && _ids.TryGetValue((TerritoryLevel.Commune, commune), out var id))
            return id;
        if (departement is not null && _ids.TryGetValue((TerritoryLevel.Commune, "?" + departement), out id))
            return id;
        return _ids[(TerritoryLevel.Commune, "?")];
    }

    /// <summary>The zone d'emploi of a survey line (hidden unknown when the code is not a zone).</summary>
    public int ZoneEmploi(string code) =>
        _ids.TryGetValue((TerritoryLevel.ZoneEmploi, code), out var id) ? id : -1;

    private int Add(TerritoryLevel level, string code, bool publishable, int[] ancestors, (int, Partition)[] parents)
    {
        var id = _nodes.Count;
        _nodes.Add(new TerritoryNode(id, level, code, publishable));
        _ids[(level, code)] = id;
        _ancestors.Add(ancestors);
        _parents.Add(parents);
        return id;
    }
}
