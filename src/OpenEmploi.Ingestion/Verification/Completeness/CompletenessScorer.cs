using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Verification.Rules;

namespace OpenEmploi.Ingestion.Verification.Completeness;

/// <summary>
/// Scores how complete an offer is (offer-quality.md): used to rank offers, nudge employers and
/// spot offers likely to lack candidates. Weights are the specification's; within a part, the
/// points go to what candidates miss most (salary 10 of the 30 decision points).
/// </summary>
internal sealed partial class CompletenessScorer
{
    private readonly int _owner;

    public CompletenessScorer(RuleSetup setup, int owner)
    {
        _owner = owner;
        RegisterBoilerplate(setup);
    }

    public CompletenessScore Score(RuleContext context, IReadOnlyList<Violation> violations)
    {
        var o = context.Offre;
        var items = new List<CompletenessItem>(20);
        var structure = Structure(context, o, items);
        var decision = Decision(context, o, violations, items);
        var profile = Profile(o, items);
        var employer = Employer(o, items);
        var penalties = Penalties(context, o, violations, items);
        var total = Math.Clamp(structure + decision + profile + employer + penalties, 0, 100);
        return new CompletenessScore(total, structure, decision, profile, employer, penalties, items);
    }

    private static int Structure(RuleContext context, Offre o, List<CompletenessItem> items)
    {
        const string P = CompletenessScore.StructurePart;
        var length = o.Description?.Length ?? 0;
        var place = o.LieuTravail;
        var geocoded = place?.Commune is not null || (place?.Latitude is not null && place.Longitude is not null);
        var fixedTerm = o.TypeContrat is "CDD" or "MIS" or "SAI" or "TTI" or "DDI";
        var duration = !fixedTerm || (o.TypeContratLibelle is { } libelle && libelle.AsSpan().IndexOfAnyInRange('0', '9') >= 0);
        var name = o.Entreprise?.Nom ?? context.Offer.Raw.Employer.Name;
        return Add(items, P, "intitulé rattaché à un code ROME", string.IsNullOrEmpty(o.RomeCode) ? 0 : 8, 8)
            + Add(items, P, "description d'au moins 500 caractères", length >= 500 ? 8 : length >= 200 ? 4 : 0, 8)
            + Add(items, P, "lieu de travail géocodé", geocoded ? 8 : context.Offer.Entry.Departement is not null ? 4 : 0, 8)
            + Add(items, P, "type et durée du contrat", (string.IsNullOrEmpty(o.TypeContrat) ? 0 : 4) + (duration && !string.IsNullOrEmpty(o.TypeContrat) ? 4 : 0), 8)
            + Add(items, P, "employeur identifié", !EmployerIdentity.IsMissing(name) || !string.IsNullOrWhiteSpace(context.Offer.Siret) ? 8 : 0, 8);
    }

    private static int Decision(RuleContext context, Offre o, IReadOnlyList<Violation> violations, List<CompletenessItem> items)
    {
        const string P = CompletenessScore.DecisionPart;
        var salary = !string.IsNullOrWhiteSpace(o.Salaire?.Libelle) ? 10 : !string.IsNullOrWhiteSpace(o.Salaire?.Commentaire) ? 4 : 0;
        var hours = context.Pay.HoursKnown ? 7 : !string.IsNullOrEmpty(o.DureeTravailLibelleConverti) ? 4 : 0;
        var experience = o.ExperienceExige is "D" or "S" or "E" && !ContradictsExperience(violations) ? 7 : 0;
        var dates = (o.DateCreation != default ? 4 : 0) + (o.DateActualisation != default && o.DateActualisation >= o.DateCreation ? 2 : 0);
        return Add(items, P, "salaire", salary, 10)
            + Add(items, P, "temps de travail", hours, 7)
            + Add(items, P, "expérience cohérente avec le texte", experience, 7)
            + Add(items, P, "dates de création et d'actualisation", dates, 6);
    }

    private static bool ContradictsExperience(IReadOnlyList<Violation> violations)
    {
        foreach (var v in violations)
        {
            if (v.Code == "R08" && v.Reason.Contains("expérience", StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static int Profile(Offre o, List<CompletenessItem> items)
    {
        const string P = CompletenessScore.ProfilePart;
        var skills = o.Competences?.Count ?? 0;
        return Add(items, P, "compétences", skills >= 3 ? 8 : skills > 0 ? 4 : 0, 8)
            + Add(items, P, "formation", o.Formations is { Count: > 0 } ? 4 : 0, 4)
            + Add(items, P, "langues", o.Langues is { Count: > 0 } ? 4 : 0, 4)
            + Add(items, P, "permis", o.Permis is { Count: > 0 } ? 4 : 0, 4);
    }

    private static int Employer(Offre o, List<CompletenessItem> items)
    {
        const string P = CompletenessScore.EmployerPart;
        var e = o.Entreprise;
        return Add(items, P, "présentation de l'employeur", (e?.Description?.Length ?? 0) >= 50 ? 4 : 0, 4)
            + Add(items, P, "site ou logo", !string.IsNullOrEmpty(e?.Url) || !string.IsNullOrEmpty(e?.Logo) ? 2 : 0, 2)
            + Add(items, P, "secteur d'activité", !string.IsNullOrEmpty(o.CodeNAF) ? 2 : 0, 2)
            + Add(items, P, "taille de l'établissement", !string.IsNullOrEmpty(o.TrancheEffectifEtab) ? 2 : 0, 2);
    }

    private static int Add(List<CompletenessItem> items, string part, string label, int points, int max)
    {
        items.Add(new CompletenessItem(part, label, points, max));
        return points;
    }
}
