namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// One node of NAF rév. 2 at any of its five levels; <see cref="ParentCode"/> is null for sections.
/// Codes: section "J", division "62", groupe "62.0", classe "62.01", sous-classe "62.01Z".
/// </summary>
public sealed record NafEntry(string Code, string Libelle, NafLevel Level, string? ParentCode);

public enum NafLevel
{
    Section = 1,
    Division = 2,
    Groupe = 3,
    Classe = 4,
    SousClasse = 5,
}
