namespace OpenEmploi.CompanyFinder.Synthetic;

/// <summary>A commune establishments can be placed in, with its weight (population) and zone d'emploi.</summary>
public sealed record SyntheticPlace(string Commune, double Latitude, double Longitude, double Weight, string ZoneEmploi);
