using System.Globalization;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Ingestion.Normalisation.Rome;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Normalisation;

// ROME coding: the source's code when it is valid and plausible, else the title's.
public sealed partial class OffreNormaliser
{
    /// <summary>
    /// How far below the title's best label the source code's best label may score and still be
    /// kept: the source knows its job better than one line of title, unless the title clearly
    /// names another one.
    /// </summary>
    private const double SourceCodeMargin = 0.3;

    private Appellation? CodeRome(RawOffer raw, Offre offre, string title, List<NormalisationNote> notes)
    {
        var rome = _data.Rome;
        var given = Trimmed(raw.RomeCode ?? raw.Wire?.RomeCode)?.ToUpperInvariant();
        var valid = given is not null && rome.MetierByCode(given) is not null;
        if (given is not null && !valid)
            notes.Add(new("romeCode", $"code ROME {given} inconnu : ignoré"));

        var matches = _rome.Classify(title, valid ? given : null);
        var best = matches.Best is { } b && b.Score >= RomeClassifier.MinScore ? b : (RomeMatch?)null;
        Appellation? appellation;
        if (valid && (best is null || Plausible(given!, best.Value, matches.BestOfCode)))
        {
            appellation = WireAppellation(raw.Wire, given!)
                ?? (matches.BestOfCode is { } own && own.Score >= RomeClassifier.MinScore ? own.Appellation : null)
                ?? rome.PrincipalAppellationOf(given!)
                ?? (rome.AppellationsOf(given!) is [var first, ..] ? first : null);
        }
        else if (best is { } found)
        {
            appellation = found.Appellation;
            if (valid)
                notes.Add(new("romeCode", $"code ROME {given} de la source incohérent avec l'intitulé : {found.Appellation.CodeRome} retenu"));
            else if (found.Score < 1)
                notes.Add(new("romeCode", string.Create(CultureInfo.InvariantCulture, $"code ROME déduit de l'intitulé : {found.Appellation.CodeRome} « {found.Appellation.Libelle} » (similarité {found.Score:0.00})")));
        }
        else
        {
            notes.Add(new("romeCode", "aucun métier ROME reconnu dans l'intitulé"));
            appellation = null;
        }

        offre.RomeCode = appellation?.CodeRome;
        offre.RomeLibelle = appellation is null ? null : rome.MetierByCode(appellation.CodeRome)?.Libelle;
        offre.AppellationLibelle = appellation?.Libelle;
        return appellation;
    }

    /// <summary>
    /// The source's code fits the title when the title's best label is of that code, of the same
    /// domaine (M18…) or of a parent or child fiche, or when a label of that code scores close to
    /// the best.
    /// </summary>
    private bool Plausible(string given, RomeMatch best, RomeMatch? bestOfCode)
    {
        var found = best.Appellation.CodeRome;
        if (string.Equals(found, given, StringComparison.Ordinal) || string.CompareOrdinal(found, 0, given, 0, 3) == 0)
            return true;
        var rome = _data.Rome;
        if (string.Equals(rome.MetierByCode(found)?.CodeRomeParent, given, StringComparison.Ordinal)
            || string.Equals(rome.MetierByCode(given)?.CodeRomeParent, found, StringComparison.Ordinal))
        {
            return true;
        }
        return bestOfCode is { } own && own.Score >= RomeClassifier.MinScore && own.Score >= best.Score - SourceCodeMargin;
    }

    /// <summary>The wire document's own appellation label, when it is one of the code's.</summary>
    private Appellation? WireAppellation(Offre? wire, string code)
    {
        if (wire?.AppellationLibelle is not { } libelle || !string.Equals(wire.RomeCode, code, StringComparison.Ordinal))
            return null;
        foreach (var a in _data.Rome.AppellationsOf(code))
        {
            if (string.Equals(a.Libelle, libelle, StringComparison.Ordinal))
                return a;
        }
        return null;
    }
}
