using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Normalisation;

/// <summary>
/// A copy of a wire document to normalise, so that the raw record keeps what the source sent
/// (verification reads it). Top-level values are copied; nested objects the normaliser rewrites
/// (lieuTravail, entreprise, salaire, origineOffre, contact, agence) are replaced, never edited in
/// place, so sharing the others (lists of compétences, formations…) is safe.
/// </summary>
internal static class WireCopy
{
    public static Offre Of(Offre w) => new()
    {
        Id = w.Id,
        Intitule = w.Intitule,
        Description = w.Description,
        DateCreation = w.DateCreation,
        DateActualisation = w.DateActualisation,
        LieuTravail = w.LieuTravail,
        RomeCode = w.RomeCode,
        RomeLibelle = w.RomeLibelle,
        AppellationLibelle = w.AppellationLibelle,
        Entreprise = w.Entreprise,
        TypeContrat = w.TypeContrat,
        TypeContratLibelle = w.TypeContratLibelle,
        NatureContrat = w.NatureContrat,
        ExperienceExige = w.ExperienceExige,
        ExperienceLibelle = w.ExperienceLibelle,
        ExperienceCommentaire = w.ExperienceCommentaire,
        Formations = w.Formations,
        Langues = w.Langues,
        Permis = w.Permis,
        OutilsBureautiques = w.OutilsBureautiques,
        Competences = w.Competences,
        Salaire = w.Salaire,
        DureeTravailLibelle = w.DureeTravailLibelle,
        DureeTravailLibelleConverti = w.DureeTravailLibelleConverti,
        ComplementExercice = w.ComplementExercice,
        ConditionExercice = w.ConditionExercice,
        Alternance = w.Alternance,
        Contact = w.Contact,
        Agence = w.Agence,
        NombrePostes = w.NombrePostes,
        AccessibleTH = w.AccessibleTH,
        DeplacementCode = w.DeplacementCode,
        DeplacementLibelle = w.DeplacementLibelle,
        QualificationCode = w.QualificationCode,
        QualificationLibelle = w.QualificationLibelle,
        CodeNAF = w.CodeNAF,
        SecteurActivite = w.SecteurActivite,
        SecteurActiviteLibelle = w.SecteurActiviteLibelle,
        QualitesProfessionnelles = w.QualitesProfessionnelles,
        TrancheEffectifEtab = w.TrancheEffectifEtab,
        OrigineOffre = w.OrigineOffre,
        OffresManqueCandidats = w.OffresManqueCandidats,
        ContexteTravail = w.ContexteTravail,
        EntrepriseAdaptee = w.EntrepriseAdaptee,
        EmployeurHandiEngage = w.EmployeurHandiEngage,
    };
}
