namespace OpenEmploi.Core.Referentiels;

/// <summary>An entry of a small code list (contract types and natures, permits, Sirene lists).</summary>
public sealed record CodeLibelle(string Code, string Libelle);

/// <summary>Education level; <see cref="Ordre"/> 1 is the lowest.</summary>
public sealed record NiveauFormation(string Code, string Libelle, int Ordre);

/// <summary>Qualification of an offer (qualificationCode 1–9); 9 is "Cadre".</summary>
public sealed record Qualification(string Code, string Libelle, bool Cadre);
