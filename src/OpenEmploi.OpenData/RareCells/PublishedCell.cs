namespace OpenEmploi.OpenData.RareCells;

/// <summary>
/// How one row is published by <see cref="RareCellRule"/>: its place's level and whether its sector
/// is withheld; <see cref="Generalised"/> when coarser than what the offer gives.
/// </summary>
/// <param name="Level">The level the row's place is published at.</param>
/// <param name="SectorWithheld">The offer has a sector and the row leaves it blank.</param>
/// <param name="Generalised">The place is published at a coarser level than the offer's own.</param>
public readonly record struct PublishedCell(PlaceLevel Level, bool SectorWithheld, bool Generalised);
