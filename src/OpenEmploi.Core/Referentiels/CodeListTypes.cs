namespace OpenEmploi.Core.Referentiels;

/// <summary>An entry of a small code list (contract types and natures, permits, Sirene lists).</summary>
public sealed record CodeLibelle(string Code, string Libelle);

/// <summary>Education level; <see cref="Ordre"/> 1 is the lowest.</summary>
public sealed record NiveauFormation(string Code, string Libelle, int Ordre);

/// <summary>Qualification of an offer (qualificationCode 1–9); 9 is "Cadre".</summary>
public sealed record Qualification(string Code, string Libelle, bool Cadre);

/// <summary>
/// A theme of the offers API (referentiels/themes.csv, written by the OpenEmploi team): a set of
/// ROME domaines professionnels; an offer belongs to a theme when its domaine is in the set.
/// </summary>
public sealed record Theme(string Code, string Libelle, IReadOnlyList<string> Domaines);

/// <summary>A country of the paysContinent parameter: two-digit code of ours, "01" = France.</summary>
public sealed record Pays(string Code, string Libelle, string CodeContinent);
