namespace OpenEmploi.Core.Referentiels;

/// <summary>ROME 4.0 grand domaine: a letter, e.g. "M".</summary>
public sealed record GrandDomaine(string Code, string Libelle);

/// <summary>ROME 4.0 domaine professionnel: letter + 2 digits, e.g. "M18".</summary>
public sealed record DomaineProfessionnel(string Code, string Libelle, string CodeGrandDomaine);

/// <summary>A ROME 4.0 métier ("fiche"), e.g. M1805 "Développeur / Développeuse informatique".</summary>
public sealed record Metier(
    string CodeRome,
    string Libelle,
    string CodeDomaine,
    string CodeGrandDomaine,
    string CodeOgr,
    string CodeRomeParent,
    bool? EmploiCadre,
    bool? EmploiReglemente,
    string? Definition,
    string? AccesMetier);

/// <summary>A job title of a métier; the 1,584 main titles are <see cref="Principale"/>.</summary>
public sealed record Appellation(
    string Code,
    string Libelle,
    string LibelleCourt,
    string CodeRome,
    bool Principale,
    bool PeuUsite);

/// <summary>A ROME 4.0 compétence (savoir-faire or savoir-être), as offers carry in competences[].</summary>
public sealed record CompetenceRome(
    string Code,
    string Libelle,
    bool IsMacro,
    string? Categorie,
    string? SousCategorie);
