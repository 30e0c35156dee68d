using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// A new top-level <see cref="Offre"/> with the same values, nested objects shared: the published
/// document changes only top-level fields (id, dates, origineOffre) of its canonical member's.
/// Property by property rather than a JSON round trip (tens of microseconds per offer); a test
/// fails when Offre gains a property this copy does not carry.
/// </summary>
internal static class OffreCopy
{
    public static Offre Shallow(Offre o) => new()
    {
        Id = o.Id,
        Intitule = o.Intitule,
        Description = o.Description,
        DateCreation = o.DateCreation,
        DateActualisation = o.DateActualisation,
        LieuTravail = o.LieuTravail,
        RomeCode = o.RomeCode,
        RomeLibelle = o.RomeLibelle,
        AppellationLibelle = o.AppellationLibelle,
        Entreprise = o.Entreprise,
        TypeContrat = o.TypeContrat,
        TypeContratLibelle = o.TypeContratLibelle,
        NatureContrat = o.NatureContrat,
        ExperienceExige = o.ExperienceExige,
        ExperienceLibelle = o.ExperienceLibelle,
        ExperienceCommentaire = o.ExperienceCommentaire,
        Formations = o.Formations,
        Langues = o.Langues,
        Permis = o.Permis,
        OutilsBureautiques = o.OutilsBureautiques,
        Competences = o.Competences,
        Salaire = o.Salaire,
        DureeTravailLibelle = o.DureeTravailLibelle,
        DureeTravailLibelleConverti = o.DureeTravailLibelleConverti,
        ComplementExercice = o.ComplementExercice,
        ConditionExercice = o.ConditionExercice,
        Alternance = o.Alternance,
        Contact = o.Contact,
        Agence = o.Agence,
        NombrePostes = o.NombrePostes,
        AccessibleTH = o.AccessibleTH,
        DeplacementCode = o.DeplacementCode,
        DeplacementLibelle = o.DeplacementLibelle,
        QualificationCode = o.QualificationCode,
        QualificationLibelle = o.QualificationLibelle,
        CodeNAF = o.CodeNAF,
        SecteurActivite = o.SecteurActivite,
        SecteurActiviteLibelle = o.SecteurActiviteLibelle,
        QualitesProfessionnelles = o.QualitesProfessionnelles,
        TrancheEffectifEtab = o.TrancheEffectifEtab,
        OrigineOffre = o.OrigineOffre,
        OffresManqueCandidats = o.OffresManqueCandidats,
        ContexteTravail = o.ContexteTravail,
        EntrepriseAdaptee = o.EntrepriseAdaptee,
        EmployeurHandiEngage = o.EmployeurHandiEngage,
    };
}
