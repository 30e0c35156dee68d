using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Projects;

/// <summary>
/// Indicator 5 (BMO_1, annual): recruitment projects by zone d'emploi and occupation, with the
/// difficult and seasonal ones as characteristics (so their shares come with the 30 rule). The
/// survey is by zone d'emploi, and zones cross départements and even régions: each zone counts
/// in the département holding most of its population, and from there in its région.
/// </summary>
internal sealed class ProjectCounter(StatisticsContext context, CellTable table)
{
    public const string Nomenclature = "PROJETS";

    private readonly int _indicator = context.Codes.Indicator(Indicators.Projects);
    private readonly int _all = context.Codes.Nomenclature(Nomenclature, "TOUS");

    public long Lines { get; private set; }

    public int Indicator => _indicator;

    public void Add(RecruitmentProjects line)
    {
        ArgumentNullException.ThrowIfNull(line);
        Lines++;
        var zone = ZoneOf(line.ZoneEmploi);
        var metier = context.Activities.Metier(line.Rome);
        var codes = context.Codes;
        table.Add(new CellKey(_indicator, zone, metier, _all, 0), line.Projects);
        table.Add(new CellKey(_indicator, zone, metier, _all, codes.Characteristic("DIFFICULTE", "DIFFICILE")), line.Difficult);
        table.Add(new CellKey(_indicator, zone, metier, _all, codes.Characteristic("DIFFICULTE", "NON_DIFFICILE")), line.Projects - line.Difficult);
        table.Add(new CellKey(_indicator, zone, metier, _all, codes.Characteristic("SAISONNALITE", "SAISONNIER")), line.Seasonal);
        table.Add(new CellKey(_indicator, zone, metier, _all, codes.Characteristic("SAISONNALITE", "NON_SAISONNIER")), line.Projects - line.Seasonal);
    }

    /// <summary>A line's zone, or the hidden unknown région standing for "somewhere in France".</summary>
    private int ZoneOf(string code)
    {
        var zone = context.Territories.ZoneEmploi(code);
        return zone >= 0 ? zone : context.Territories.Id(TerritoryLevel.Region, "?");
    }

    /// <summary>
    /// The survey's territories: a zone counts in France, and in the département holding most of
    /// its population (and that département's région). A line of unknown zone (the hidden unknown
    /// région) counts in France only.
    /// </summary>
    public int[] TerritoryAncestors(int territory)
    {
        if (territory == TerritoryIndex.Nation)
            return [];
        var territories = context.Territories;
        if (territories[territory].Level != TerritoryLevel.ZoneEmploi || territories.MainDepartementOfZone(territory) is not (>= 0 and var dep))
            return [TerritoryIndex.Nation];
        return [dep, territories.AncestorsOf(dep)[0], TerritoryIndex.Nation];
    }

    /// <summary>
    /// The survey's additive relations: France = Σ zones (with the unknown) = Σ régions, région =
    /// Σ départements, département = Σ its zones.
    /// </summary>
    public (int Parent, Partition Partition)[] TerritoryParents(int territory)
    {
        var territories = context.Territories;
        var node = territories[territory];
        return node.Level switch
        {
            TerritoryLevel.Nation => [],
            TerritoryLevel.ZoneEmploi when territories.MainDepartementOfZone(territory) is >= 0 and var dep =>
                [(TerritoryIndex.Nation, Partition.ZonesOfNation), (dep, Partition.ZonesOfDepartement)],
            TerritoryLevel.ZoneEmploi => [(TerritoryIndex.Nation, Partition.ZonesOfNation)],
            TerritoryLevel.Departement => territories.ParentsOf(territory),
            // The unknown région holds the lines of unknown zone: a part of both partitions of France.
            TerritoryLevel.Region when !node.Publishable => [(TerritoryIndex.Nation, Partition.RegionsOfNation), (TerritoryIndex.Nation, Partition.ZonesOfNation)],
            _ => territories.ParentsOf(territory),
        };
    }
}
