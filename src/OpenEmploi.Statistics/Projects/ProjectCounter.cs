using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Projects;

/// <summary>
/// Indicator 5 (BMO_1, annual): recruitment projects by zone d'emploi and occupation, with the
/// difficult and seasonal ones as characteristics (so their shares come with the 30 rule). The
/// survey is by zone d'emploi, and zones cross départements and even régions: it rolls up to
/// France only.
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

    /// <summary>The survey's territories: a zone counts in France only.</summary>
    public static int[] TerritoryAncestors(int territory) => territory == TerritoryIndex.Nation ? [] : [TerritoryIndex.Nation];

    public static (int Parent, Partition Partition)[] TerritoryParents(int territory) =>
        territory == TerritoryIndex.Nation ? [] : [(TerritoryIndex.Nation, Partition.ZonesOfNation)];
}
