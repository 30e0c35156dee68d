using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Html;
using OpenEmploi.Ingestion.Normalisation.Terms;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Search.Facts;

namespace OpenEmploi.Ingestion.Normalisation;

// Contract, working time and experience, from the source's free text or its wire document.
// Wire feeds also copy the document's labels into the raw text fields: a text that only repeats
// the document's own label leaves the document's value standing (with its nature, comment…).
public sealed partial class OffreNormaliser
{
    private void Contract(RawOffer raw, ContractTerms parsed, Offre offre, string? title, List<NormalisationNote> notes)
    {
        if (offre.TypeContrat is { } wireType && _contracts.IsKnownType(wireType)
            && (parsed.Type is null || SameAsWire(raw.ContractText, offre.TypeContratLibelle, wireType)))
        {
            // A wire document's own contract: keep it, complete or fix its labels.
            var labelled = _terms.Contract(offre.TypeContratLibelle);
            if (offre.TypeContratLibelle is { } libelle && labelled.Type is not null && labelled.Type != wireType)
                notes.Add(new("typeContratLibelle", $"libellé « {libelle} » incohérent avec le type {wireType} : remplacé"));
            if (offre.TypeContratLibelle is null || (labelled.Type is not null && labelled.Type != wireType))
                offre.TypeContratLibelle = _contracts.TypeLibelle(wireType, 0, DurationUnit.None);
            if (offre.NatureContrat is null || !_contracts.IsKnownNatureLabel(offre.NatureContrat))
                offre.NatureContrat = _contracts.NatureLibelle(wireType, null);
            return;
        }
        if (parsed.Type is null)
        {
            if (raw.ContractText is { } unread && parsed.Hint == TimeHint.None)
                notes.Add(new("typeContrat", $"type de contrat « {unread.Trim()} » non reconnu"));
            var fromTitle = _terms.Contract(title, strict: true);
            var found = fromTitle.Type is null ? _terms.Contract(offre.Description, strict: true) : fromTitle;
            if (found.Type is not null)
            {
                notes.Add(new("typeContrat", $"type de contrat {found.Type} déduit {(fromTitle.Type is null ? "de la description" : "de l'intitulé")}"));
                parsed = found with { Nature = parsed.Nature, Alternance = parsed.Alternance, Hint = parsed.Hint };
            }
            else if (parsed.Hint != TimeHint.None)
            {
                // schema.org FULL_TIME/PART_TIME says the hours, not the contract; French boards use it for CDIs.
                notes.Add(new("typeContrat", "type de contrat supposé CDI (seul le temps de travail est indiqué)"));
                parsed = parsed with { Type = "CDI" };
            }
            else
            {
                notes.Add(new("typeContrat", "type de contrat absent"));
                offre.TypeContrat = offre.TypeContratLibelle = offre.NatureContrat = null;
                return;
            }
        }
        if (parsed.Unit == DurationUnit.None && ContractParser.HasDuration(parsed.Type)
            && _terms.Contract(title, strict: true) is { Unit: not DurationUnit.None } titled && titled.Type == parsed.Type)
        {
            parsed = parsed with { Duration = titled.Duration, Unit = titled.Unit };
        }
        offre.TypeContrat = parsed.Type;
        offre.TypeContratLibelle = _contracts.TypeLibelle(parsed.Type!, parsed.Duration, parsed.Unit);
        // The text rarely names the nature: a wire document's own (apprenticeship…) then stands.
        if (parsed.Nature is not null || offre.NatureContrat is null || !_contracts.IsKnownNatureLabel(offre.NatureContrat))
            offre.NatureContrat = _contracts.NatureLibelle(parsed.Type, parsed.Nature);
        offre.Alternance = parsed.Alternance || offre.Alternance;
    }

    private void WorkingTime(RawOffer raw, TimeHint hint, Offre offre, List<NormalisationNote> notes)
    {
        if (hint == TimeHint.None && (raw.WorkingTimeText is null
            || (raw.Wire is not null && SameAsWire(raw.WorkingTimeText, offre.DureeTravailLibelle, offre.DureeTravailLibelleConverti))))
        {
            // A wire document's own working time: complete "Temps plein/partiel" from its hours.
            if (offre.DureeTravailLibelleConverti is null && WireLabels.WeeklyMinutes(offre.DureeTravailLibelle) is { } minutes)
                offre.DureeTravailLibelleConverti = minutes >= 35 * 60 ? WorkingTimeParser.TempsPlein : WorkingTimeParser.TempsPartiel;
            return;
        }
        var parsed = _terms.WorkingTime(raw.WorkingTimeText, hint);
        if (parsed.Libelle is null && parsed.Converti is null)
        {
            notes.Add(new("dureeTravailLibelle", $"temps de travail « {raw.WorkingTimeText?.Trim()} » non reconnu"));
            return;
        }
        offre.DureeTravailLibelle = parsed.Libelle;
        offre.DureeTravailLibelleConverti = parsed.Converti;
    }

    private void Experience(RawOffer raw, Offre offre, List<NormalisationNote> notes)
    {
        var wireExige = raw.Wire is not null && offre.ExperienceExige is "D" or "S" or "E";
        if (raw.ExperienceText is not { } text || (wireExige && SameAsWire(text, offre.ExperienceLibelle, offre.ExperienceCommentaire)))
        {
            if (offre.ExperienceExige is "D" && offre.ExperienceLibelle is null)
                offre.ExperienceLibelle = "Débutant accepté";
            else if (offre.ExperienceExige is not (null or "D" or "S" or "E"))
                offre.ExperienceExige = null;
            return;
        }
        var parsed = _terms.Experience(text);
        if (!parsed.IsKnown)
        {
            // Kept for candidates as a comment, as France Travail's experienceCommentaire does.
            var comment = HtmlText.ToPlain(text, singleLine: true);
            offre.ExperienceCommentaire ??= comment is { Length: > 200 } ? comment[..200] : comment;
            notes.Add(new("experienceExige", $"expérience « {comment} » non reconnue : gardée en commentaire"));
            return;
        }
        if (parsed.DefaultedToRequired)
            notes.Add(new("experienceExige", "durée d'expérience sans « exigée » ni « souhaitée » : lue comme exigée"));
        offre.ExperienceExige = parsed.Exige;
        offre.ExperienceLibelle = parsed.Libelle;
    }

    private static bool SameAsWire(string? text, string? label, string? other) =>
        text is null
        || string.Equals(text.Trim(), label?.Trim(), StringComparison.Ordinal)
        || string.Equals(text.Trim(), other?.Trim(), StringComparison.Ordinal);
}
