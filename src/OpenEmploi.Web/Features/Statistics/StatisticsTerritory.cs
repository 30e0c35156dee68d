using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// A territory the statistics are published for: its level, the API's type code (NAT, REG, DEP,
/// ZE, EPCI, COM), its code and name, the département it lies in when it lies in one (for maps and
/// search labels) and its population (to rank search suggestions).
/// </summary>
public sealed record StatisticsTerritory(
    TerritoryLevel Level, string Code, string Name, string? CodeDepartement, long Population)
{
    public string TypeCode => TerritoryTypes.CodeOf(Level);

    public string TypeLabel => TerritoryTypes.LabelOf(Level);

    /// <summary>The dashboard's address: /territoires/{type}/{code}, type in lower case.</summary>
    public string PagePath => "/territoires/" + TypeCode.ToLowerInvariant() + "/" + Code;
}

/// <summary>The API's territory type codes and their French labels.</summary>
public static class TerritoryTypes
{
    public static IReadOnlyList<TerritoryLevel> All { get; } =
        [TerritoryLevel.Nation, TerritoryLevel.Region, TerritoryLevel.Departement, TerritoryLevel.ZoneEmploi, TerritoryLevel.Epci, TerritoryLevel.Commune];

    public static string CodeOf(TerritoryLevel level) => level switch
    {
        TerritoryLevel.Nation => "NAT",
        TerritoryLevel.Region => "REG",
        TerritoryLevel.Departement => "DEP",
        TerritoryLevel.ZoneEmploi => "ZE",
        TerritoryLevel.Epci => "EPCI",
        TerritoryLevel.Commune => "COM",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    public static string LabelOf(TerritoryLevel level) => level switch
    {
        TerritoryLevel.Nation => "France",
        TerritoryLevel.Region => "Région",
        TerritoryLevel.Departement => "Département",
        TerritoryLevel.ZoneEmploi => "Zone d'emploi",
        TerritoryLevel.Epci => "Intercommunalité (EPCI)",
        TerritoryLevel.Commune => "Commune",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The level of a type code, case ignored (NAT, REG, DEP, ZE, EPCI, COM); null when unknown.</summary>
    public static TerritoryLevel? Parse(string? code) =>
        All.Cast<TerritoryLevel?>().FirstOrDefault(level => string.Equals(CodeOf(level!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Codes => string.Join(", ", All.Select(CodeOf));
}
