namespace OpenEmploi.OpenData.Dataset;

/// <summary>
/// One row of the open dataset: what is published of an offer once its employer's identity and
/// every personal detail are gone (see <see cref="OffreAnonymiser"/> for what is dropped and why).
/// Texts are already scrubbed. The columns (<see cref="ExportColumns"/>) read it.
/// </summary>
public sealed class AnonymisedOffre
{
    public required string IdAnonyme { get; init; }
    public DateOnly DateCreation { get; init; }
    public DateOnly DateActualisation { get; init; }
    public string? Intitule { get; init; }
    public string? RomeCode { get; init; }
    public string? RomeLibelle { get; init; }
    public string? AppellationCode { get; init; }
    public string? AppellationLibelle { get; init; }
    public string? LieuTravailLibelle { get; init; }
    public string? CommuneCode { get; init; }
    public string? DepartementCode { get; init; }
    public string? RegionCode { get; init; }
    public string? TypeContrat { get; init; }
    public string? NatureContrat { get; init; }
    public decimal? DureeContratMois { get; init; }
    public bool Alternance { get; init; }
    public string? DureeTravailLibelle { get; init; }
    public string? DureeTravailLibelleConverti { get; init; }
    public decimal? DureeHebdoHeures { get; init; }
    public string? SalaireLibelle { get; init; }
    public string? SalairePeriode { get; init; }
    public decimal? SalaireMin { get; init; }
    public decimal? SalaireMax { get; init; }
    public string? SalaireCommentaire { get; init; }
    public string? SalaireComplements { get; init; }
    public string? ExperienceExige { get; init; }
    public string? ExperienceLibelle { get; init; }
    public long? ExperienceMois { get; init; }
    public string? ExperienceCommentaire { get; init; }
    public string? QualificationCode { get; init; }
    public string? QualificationLibelle { get; init; }
    public string? SecteurActivite { get; init; }
    public string? SecteurActiviteLibelle { get; init; }
    public string? FormationNiveau { get; init; }
    public string? Permis { get; init; }
    public string? Langues { get; init; }
    public string? CompetencesCodes { get; init; }
    public long? NombrePostes { get; init; }
    public bool AccessibleTH { get; init; }
    public bool OffresManqueCandidats { get; init; }
    public bool EntrepriseAdaptee { get; init; }
    public bool EmployeurHandiEngage { get; init; }
    public string? OrigineOffre { get; init; }
    public string? PartenaireNom { get; init; }
    public string? Description { get; init; }
}
