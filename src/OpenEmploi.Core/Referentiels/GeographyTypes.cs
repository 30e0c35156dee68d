namespace OpenEmploi.Core.Referentiels;

public enum Zone
{
    Metro,
    Drom,
    Com,
}

public sealed record Region(string Code, string Nom, string CodeCommuneChefLieu, Zone Zone);

public sealed record Departement(string Code, string Nom, string CodeRegion, string CodeCommuneChefLieu, Zone Zone);

public sealed record Epci(string Code, string Nom, string Type, int NombreCommunes, int PopulationMunicipale);

/// <summary>
/// A current commune, or a municipal arrondissement of Paris, Lyon or Marseille
/// (<see cref="IsArrondissement"/>, with <see cref="CodeCommuneParent"/> 75056, 69123 or 13055).
/// </summary>
public sealed record Commune(
    string CodeInsee,
    string Nom,
    bool IsArrondissement,
    string? CodeCommuneParent,
    IReadOnlyList<string> CodesPostaux,
    string CodeDepartement,
    string CodeRegion,
    string? CodeEpci,
    int Population,
    double? Latitude,
    double? Longitude,
    string? CodeZoneEmploi,
    Zone Zone);
