namespace OpenEmploi.Core.Offres;

/// <summary>
/// One job offer as served on the wire by "Offres d'emploi v2" (docs: offres-api-v2.md).
/// Property names are the contract: <see cref="OffreJson"/> writes them camel-cased, omits every
/// empty value and never writes null.
/// </summary>
public sealed class Offre
{
    public required string Id { get; set; }
    public string? Intitule { get; set; }
    public string? Description { get; set; }
    public DateTime DateCreation { get; set; }
    public DateTime DateActualisation { get; set; }
    public LieuTravail? LieuTravail { get; set; }
    public string? RomeCode { get; set; }
    public string? RomeLibelle { get; set; }

    /// <summary>Spelled with a lower-case second "l" on the wire, as France Travail does.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("appellationlibelle")]
    public string? AppellationLibelle { get; set; }

    public Entreprise? Entreprise { get; set; }
    public string? TypeContrat { get; set; }
    public string? TypeContratLibelle { get; set; }
    public string? NatureContrat { get; set; }
    public string? ExperienceExige { get; set; }
    public string? ExperienceLibelle { get; set; }
    public string? ExperienceCommentaire { get; set; }
    public List<Formation>? Formations { get; set; }
    public List<Langue>? Langues { get; set; }
    public List<Permis>? Permis { get; set; }
    public List<string>? OutilsBureautiques { get; set; }
    public List<Competence>? Competences { get; set; }
    public Salaire? Salaire { get; set; }
    public string? DureeTravailLibelle { get; set; }
    public string? DureeTravailLibelleConverti { get; set; }
    public string? ComplementExercice { get; set; }
    public string? ConditionExercice { get; set; }
    public bool Alternance { get; set; }
    public Contact? Contact { get; set; }
    public Agence? Agence { get; set; }
    public int? NombrePostes { get; set; }
    public bool AccessibleTH { get; set; }
    public string? DeplacementCode { get; set; }
    public string? DeplacementLibelle { get; set; }
    public string? QualificationCode { get; set; }
    public string? QualificationLibelle { get; set; }
    public string? CodeNAF { get; set; }
    public string? SecteurActivite { get; set; }
    public string? SecteurActiviteLibelle { get; set; }
    public List<QualiteProfessionnelle>? QualitesProfessionnelles { get; set; }
    public string? TrancheEffectifEtab { get; set; }
    public OrigineOffre? OrigineOffre { get; set; }
    public bool OffresManqueCandidats { get; set; }
    public ContexteTravail? ContexteTravail { get; set; }
    public bool EntrepriseAdaptee { get; set; }
    public bool EmployeurHandiEngage { get; set; }
}
