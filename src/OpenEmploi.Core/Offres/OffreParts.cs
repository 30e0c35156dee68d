namespace OpenEmploi.Core.Offres;

// The nested objects of the wire document, in the order offres-api-v2.md lists them.

public sealed class LieuTravail
{
    /// <summary>"75 - PARIS 08" for a commune, "33 - Gironde" or a région name for wider places.</summary>
    public string? Libelle { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? CodePostal { get; set; }

    /// <summary>INSEE code of the commune; absent for offers placed only at département or région level.</summary>
    public string? Commune { get; set; }
}

public sealed class Entreprise
{
    public string? Nom { get; set; }
    public string? Description { get; set; }
    public string? Logo { get; set; }
    public string? Url { get; set; }
    public bool EntrepriseAdaptee { get; set; }
}

public sealed class Formation
{
    public string? CodeFormation { get; set; }
    public string? DomaineLibelle { get; set; }
    public string? NiveauLibelle { get; set; }
    public string? Commentaire { get; set; }
    public string? Exigence { get; set; }
}

public sealed class Langue
{
    public string? Libelle { get; set; }
    public string? Exigence { get; set; }
}

public sealed class Permis
{
    public string? Libelle { get; set; }
    public string? Exigence { get; set; }
}

public sealed class Competence
{
    public string? Code { get; set; }
    public string? Libelle { get; set; }
    public string? Exigence { get; set; }
}

public sealed class Salaire
{
    /// <summary>France Travail's label format, e.g. "Mensuel de 1923.00 Euros sur 12 mois".</summary>
    public string? Libelle { get; set; }
    public string? Commentaire { get; set; }
    public string? Complement1 { get; set; }
    public string? Complement2 { get; set; }
    public List<ComplementSalaire>? ListeComplements { get; set; }
}

public sealed class ComplementSalaire
{
    public string? Code { get; set; }
    public string? Libelle { get; set; }
}

/// <summary>
/// Only <see cref="UrlPostulation"/> and <see cref="Courriel"/> (the sentence pointing at it) are
/// ever served: employer contact details stay out of the published document (reuse licence).
/// </summary>
public sealed class Contact
{
    public string? Nom { get; set; }
    public string? Courriel { get; set; }
    public string? UrlPostulation { get; set; }
}

public sealed class Agence
{
    public string? Telephone { get; set; }
    public string? Courriel { get; set; }
}

public sealed class QualiteProfessionnelle
{
    public string? Libelle { get; set; }
    public string? Description { get; set; }
}

public sealed class OrigineOffre
{
    /// <summary>"1" for the platform's own offers, "2" for partner offers: a string on the wire.</summary>
    public string? Origine { get; set; }
    public string? UrlOrigine { get; set; }
    public List<Partenaire>? Partenaires { get; set; }
}

public sealed class Partenaire
{
    public string? Nom { get; set; }
    public string? Url { get; set; }
    public string? Logo { get; set; }
}

public sealed class ContexteTravail
{
    public List<string>? Horaires { get; set; }
    public List<string>? ConditionsExercice { get; set; }
}
