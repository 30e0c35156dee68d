using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>Figures recomputed from the raw rows, the slow obvious way, to check the published cells against.</summary>
internal sealed class RawFigures(InMemoryStatisticsInputs inputs, StatPeriod period)
{
    private static Geographie Geo => TestData.Data.Geographie;

    public static bool InTerritory(string? communeCode, TerritoryLevel level, string code)
    {
        if (level == TerritoryLevel.Nation)
            return true;
        if (communeCode is null || Geo.CommuneByInsee(communeCode) is not { } commune)
            return false;
        return level switch
        {
            TerritoryLevel.Commune => commune.CodeInsee == code,
            TerritoryLevel.Epci => commune.CodeEpci == code,
            TerritoryLevel.ZoneEmploi => commune.CodeZoneEmploi == code,
            TerritoryLevel.Departement => commune.CodeDepartement == code,
            TerritoryLevel.Region => commune.CodeRegion == code,
            _ => false,
        };
    }

    public static bool InOccupation(string? rome, string type, string code)
    {
        if (type == "CUMUL")
            return true;
        if (rome is null || TestData.Data.Rome.MetierByCode(rome) is not { } metier)
            return false;
        return type switch
        {
            "ROME" => metier.CodeRome == code,
            "DOMAINE" => metier.CodeDomaine == code,
            "GRAND_DOMAINE" => metier.CodeGrandDomaine == code,
            _ => false,
        };
    }

    private static string? Section(string naf) => TestData.Data.Naf.AncestorAt(naf, NafLevel.Section)?.Code;

    /// <summary>An establishment cell's establishments, total and largest contribution (hires of the quarter, or employees at the year's end).</summary>
    public (int Establishments, double Total, double Largest) Establishments(PublishedCell cell)
    {
        var contributions = new List<double>();
        foreach (var establishment in inputs.Establishments.Where(e => InTerritory(e.Commune, cell.TerritoryLevel, cell.TerritoryCode)))
        {
            if (cell.ActivityType == "NAF" && Section(establishment.Naf) != cell.ActivityCode)
                continue;
            if (cell.Indicator == "SECT_EFF")
            {
                if (inputs.Headcounts.SingleOrDefault(h => h.Siret == establishment.Siret && h.Year == period.Year) is { } headcount)
                    contributions.Add(headcount.Employees);
                continue;
            }
            var hires = inputs.Hires.Where(h => h.Siret == establishment.Siret && h.Month >= period.Start && h.Month <= period.End
                && (cell.NomenclatureCode == "TOUS" || ContractCode(h.Contract) == cell.NomenclatureCode)
                && (cell.ActivityType == "NAF" || InOccupation(h.Rome, cell.ActivityType, cell.ActivityCode))).Sum(h => h.Count);
            if (hires > 0)
                contributions.Add(hires);
        }
        return (contributions.Count, contributions.Sum(), contributions.DefaultIfEmpty(0).Max());
    }

    private static string ContractCode(HireContract contract) => contract switch
    {
        HireContract.Cdi => "CDI",
        HireContract.CddOverOneMonth => "CDD_PLUS_1_MOIS",
        _ => "CDD_1_MOIS_MOINS",
    };

    public int AbcStockAtStart(PublishedCell cell)
    {
        var day = period.Start.AddDays(-1);
        return inputs.Episodes.Count(e => e.Category is JobSeekerCategory.A or JobSeekerCategory.B or JobSeekerCategory.C
            && e.RegisteredOn <= day && (e.ExitedOn is null || e.ExitedOn > day)
            && InTerritory(e.Commune, cell.TerritoryLevel, cell.TerritoryCode) && InOccupation(e.RomeSought, cell.ActivityType, cell.ActivityCode));
    }

    /// <summary>
    /// Where a zone d'emploi's recruitment projects count: France, the zone, and the département
    /// (and its région) where most of the zone's inhabitants live.
    /// </summary>
    public static bool ProjectsCountIn(string zone, TerritoryLevel level, string code)
    {
        var departement = Geo.Communes.Where(c => c.CodeZoneEmploi == zone && !c.IsArrondissement)
            .GroupBy(c => c.CodeDepartement).OrderByDescending(g => g.Sum(c => (long)c.Population)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).FirstOrDefault();
        return level switch
        {
            TerritoryLevel.Nation => true,
            TerritoryLevel.ZoneEmploi => zone == code,
            TerritoryLevel.Departement => departement == code,
            TerritoryLevel.Region => departement is not null && Geo.DepartementByCode(departement)?.CodeRegion == code,
            _ => false,
        };
    }

    /// <summary>The tension floor: 30 offers, 30 projects and 30 category-A registrations in the year.</summary>
    public bool MeetsTensionFloor(PublishedCell cell)
    {
        var offers = inputs.Offers.Count(o => o.RegisteredOn.Year == period.Year && o.Rome == cell.ActivityCode
            && InTerritory(o.Commune, cell.TerritoryLevel, cell.TerritoryCode));
        var projects = inputs.Projects.Where(p => p.Year == period.Year && p.Rome == cell.ActivityCode
            && ProjectsCountIn(p.ZoneEmploi, cell.TerritoryLevel, cell.TerritoryCode)).Sum(p => p.Projects);
        var entries = inputs.Episodes.Count(e => e.Category == JobSeekerCategory.A && e.RegisteredOn.Year == period.Year
            && e.RomeSought == cell.ActivityCode && InTerritory(e.Commune, cell.TerritoryLevel, cell.TerritoryCode));
        return offers >= 30 && projects >= 30 && entries >= 30;
    }
}
