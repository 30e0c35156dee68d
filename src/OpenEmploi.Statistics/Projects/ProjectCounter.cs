using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Projects;

/// <summary>
/// Indicator 5 (BMO_1, annual): recruitment projects by zone d'emploi and occupation, with the
/// difficult and seasonal ones as characteristics (so their shares come with the 30 rule). The
/// survey is by zone d'emploi, and zones cross départements and even régions: each zone counts
/// in the département holding most of its population, and from there in its région. EPCI are
/// mostly smaller than zones (1,255 against 306; a majority rule would give whole zones to 297
/// EPCI and nothing to the others), so an EPCI's projects are <b>estimated</b>: each zone's lines
/// spread over its EPCI by their share of its population (<see cref="TerritoryIndex.EpciSharesOfZone"/>),
/// published rounded to whole projects (<see cref="Finish"/>), and not at all when that gives 0
/// (<see cref="RoundsToNothing"/>). Estimates are parts of no total.
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
        foreach (var (epci, share) in context.Territories.EpciSharesOfZone(zone))
        {
            table.Add(new CellKey(_indicator, epci, metier, _all, 0), share * line.Projects);
            table.Add(new CellKey(_indicator, epci, metier, _all, codes.Characteristic("DIFFICULTE", "DIFFICILE")), share * line.Difficult);
            table.Add(new CellKey(_indicator, epci, metier, _all, codes.Characteristic("DIFFICULTE", "NON_DIFFICILE")), share * (line.Projects - line.Difficult));
            table.Add(new CellKey(_indicator, epci, metier, _all, codes.Characteristic("SAISONNALITE", "SAISONNIER")), share * line.Seasonal);
            table.Add(new CellKey(_indicator, epci, metier, _all, codes.Characteristic("SAISONNALITE", "NON_SAISONNIER")), share * (line.Projects - line.Seasonal));
        }
    }

    /// <summary>
    /// An EPCI's estimated projects are published as whole projects (their shares are those of the
    /// unrounded estimates); every other cell as it is.
    /// </summary>
    public static PublishedCell Finish(PublishedCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Indicator == Indicators.Projects.Code && cell.TerritoryLevel == TerritoryLevel.Epci && cell.Value is { } value
            ? cell with { Value = Math.Round(value, MidpointRounding.AwayFromZero) }
            : cell;
    }

    /// <summary>
    /// Whether <paramref name="cell"/>, once finished, is an EPCI estimate rounded to 0 projects
    /// (below half a project, main value or a difficult / seasonal part). Such a row is not
    /// published: "0" would read as "no projects", which the survey does not say, and the unrounded
    /// share of a zone's line it comes from is no count either. Exact zeros never reach here (the
    /// table drops them); surveyed counts (zones and above) are never concerned.
    /// </summary>
    public static bool RoundsToNothing(PublishedCell cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Indicator == Indicators.Projects.Code && cell.TerritoryLevel == TerritoryLevel.Epci && cell.Value == 0;
    }

    /// <summary>
    /// Drops from the rolled-up table, before the disclosure table is built from it, the EPCI
    /// estimates that <see cref="RoundsToNothing"/> would leave out after it, so that they take no
    /// room there (a third of the year's table at scale 0.002 are EPCI estimates). Kept, and left out
    /// after the disclosure control as before: an EPCI's projects and difficult projects by ROME
    /// métier, which the tension method reads from the disclosure table unrounded
    /// (<c>TensionFigureReader</c>): a difficult part of 0.4 beside 40 projects is a share of 1 % in
    /// its third component, and a (EPCI, métier) known only by its estimate still gets its masked
    /// tension cells. Estimates are parts of no relation and never masked, so no other cell can
    /// change (the published cells were compared with and without this at scales 0.002 and 0.005).
    /// </summary>
    public int DropEstimatesRoundingToNothing()
    {
        var difficult = context.Codes.Characteristic("DIFFICULTE", "DIFFICILE");
        return table.DropWhere((key, value) =>
            key.Indicator == _indicator
            && context.Territories[key.Territory].Level == TerritoryLevel.Epci
            && Math.Round(value, MidpointRounding.AwayFromZero) == 0
            && !(context.Activities[key.Activity].Type == "ROME" && (key.Characteristic == 0 || key.Characteristic == difficult)));
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
        var territories = context.Territories;
        // EPCI hold estimates of their own, added with the zone's line.
        if (territory == TerritoryIndex.Nation || territories[territory].Level == TerritoryLevel.Epci)
            return [];
        if (territories[territory].Level != TerritoryLevel.ZoneEmploi || territories.MainDepartementOfZone(territory) is not (>= 0 and var dep))
            return [TerritoryIndex.Nation];
        return [dep, territories.AncestorsOf(dep)[0], TerritoryIndex.Nation];
    }

    /// <summary>
    /// The survey's additive relations: France = Σ zones (with the unknown) = Σ régions, région =
    /// Σ départements, département = Σ its zones. An EPCI's estimate is a part of nothing.
    /// </summary>
    public (int Parent, Partition Partition)[] TerritoryParents(int territory)
    {
        var territories = context.Territories;
        var node = territories[territory];
        return node.Level switch
        {
            TerritoryLevel.Nation or TerritoryLevel.Epci => [],
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
