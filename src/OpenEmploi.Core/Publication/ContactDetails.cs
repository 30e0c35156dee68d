using OpenEmploi.Core.Offres;

namespace OpenEmploi.Core.Publication;

/// <summary>What was removed from one field of an offer.</summary>
/// <param name="Field">The wire name of the field ("description", "entreprise.description", "formations[1].commentaire").</param>
/// <param name="Courriels">E-mail addresses removed.</param>
/// <param name="Telephones">Phone numbers removed.</param>
/// <param name="Liens">Links removed.</param>
public sealed record ContactRemoval(string Field, long Courriels, long Telephones, long Liens);

/// <summary>
/// The reuse licence publishes the base without employer contact details: candidates apply through
/// the platform's own apply link, which counts redirections per reusing application. Recruiters
/// still write their e-mail, phone number or careers page into their texts ("Envoyez votre CV à
/// rh@exemple.fr"), so every free text of an offer loses them before the offer is stored, and so
/// before any channel (API, sync feed, portal page, open data) can serve it: e-mail addresses
/// (before links, which they contain), then links, then phone numbers, each replaced by a
/// <see cref="ContactTokens"/> token. The structured <c>contact</c> and <c>agence</c> go whole.
/// Idempotent and thread-safe; an offer without contact details is not modified.
/// </summary>
public static class ContactDetails
{
    /// <summary>The text without e-mail addresses, links and phone numbers; null stays null.</summary>
    public static string? Remove(string? text, ContactTally tally)
    {
        ArgumentNullException.ThrowIfNull(tally);
        if (string.IsNullOrEmpty(text))
            return text;
        text = EmailPatterns.Replace(text, tally);
        text = WebLinks.Replace(text, tally);
        return PhoneScanner.Replace(text, tally);
    }

    /// <summary>
    /// Removes the contact details of every free text of <paramref name="offre"/>, in place, and its
    /// <c>contact</c> and <c>agence</c>. Returns what was removed from the texts, field by field
    /// (empty when nothing was), so that the source can be told.
    /// </summary>
    public static IReadOnlyList<ContactRemoval> RemoveFrom(Offre offre)
    {
        ArgumentNullException.ThrowIfNull(offre);
        offre.Contact = null;
        offre.Agence = null;
        var scope = new Scope(detectOnly: false);
        VisitTexts(offre, scope);
        return scope.Removals ?? (IReadOnlyList<ContactRemoval>)[];
    }

    /// <summary>
    /// The offer's document as stored, UTF-8: without contact, agence and the contact details of its
    /// texts. <paramref name="offre"/> itself is left as it is (a caller may share it): a copy is
    /// cleaned when its texts hold some, the usual offer (cleaned at ingestion) is only serialised.
    /// </summary>
    public static byte[] StoredDocument(Offre offre)
    {
        ArgumentNullException.ThrowIfNull(offre);
        var scope = new Scope(detectOnly: true);
        VisitTexts(offre, scope);
        if (!scope.Found)
            return OffreJson.SerializeWithoutContactToUtf8(offre);
        var copy = OffreJson.Deserialize(OffreJson.SerializeToUtf8(offre));
        RemoveFrom(copy);
        return OffreJson.SerializeToUtf8(copy);
    }

    private static void VisitTexts(Offre offre, Scope scope)
    {
        offre.Intitule = scope.Clean("intitule", offre.Intitule);
        offre.Description = scope.Clean("description", offre.Description);
        offre.ExperienceCommentaire = scope.Clean("experienceCommentaire", offre.ExperienceCommentaire);
        offre.ComplementExercice = scope.Clean("complementExercice", offre.ComplementExercice);
        offre.ConditionExercice = scope.Clean("conditionExercice", offre.ConditionExercice);
        if (offre.Entreprise is { } entreprise)
            entreprise.Description = scope.Clean("entreprise.description", entreprise.Description);
        if (offre.Salaire is { } salaire)
        {
            salaire.Commentaire = scope.Clean("salaire.commentaire", salaire.Commentaire);
            salaire.Complement1 = scope.Clean("salaire.complement1", salaire.Complement1);
            salaire.Complement2 = scope.Clean("salaire.complement2", salaire.Complement2);
        }
        if (offre.Formations is { } formations)
        {
            for (var i = 0; i < formations.Count; i++)
                formations[i].Commentaire = scope.Clean("formations", i, "commentaire", formations[i].Commentaire);
        }
        if (offre.QualitesProfessionnelles is { } qualites)
        {
            for (var i = 0; i < qualites.Count; i++)
                qualites[i].Description = scope.Clean("qualitesProfessionnelles", i, "description", qualites[i].Description);
        }
        if (offre.ContexteTravail is { } contexte)
        {
            scope.CleanAll("contexteTravail.horaires", contexte.Horaires);
            scope.CleanAll("contexteTravail.conditionsExercice", contexte.ConditionsExercice);
        }
    }

    /// <summary>
    /// One offer's removals: a tally reused field after field, a list only when something was found.
    /// Detecting only, it changes nothing (each text is given back as it was, the same instance).
    /// </summary>
    private sealed class Scope(bool detectOnly)
    {
        private readonly ContactTally _tally = new();

        public List<ContactRemoval>? Removals { get; private set; }

        public bool Found { get; private set; }

        public string? Clean(string field, string? text)
        {
            var cleaned = Remove(text, _tally);
            if (_tally.Total == 0)
                return text;
            Found = true;
            if (detectOnly)
            {
                (_tally.Courriels, _tally.Telephones, _tally.Liens) = (0, 0, 0);
                return text;
            }
            (Removals ??= []).Add(new ContactRemoval(field, _tally.Courriels, _tally.Telephones, _tally.Liens));
            (_tally.Courriels, _tally.Telephones, _tally.Liens) = (0, 0, 0);
            return cleaned;
        }

        // Field names as in the wire documents, with a 1-based position for the people who read them.
        public string? Clean(string list, int index, string property, string? text) =>
            string.IsNullOrEmpty(text) ? text : Clean($"{list}[{index + 1}].{property}", text);

        public void CleanAll(string list, List<string>? texts)
        {
            if (texts is null)
                return;
            for (var i = 0; i < texts.Count; i++)
            {
                if (string.IsNullOrEmpty(texts[i]))
                    continue;
                var cleaned = Clean($"{list}[{i + 1}]", texts[i])!;
                // A list is written only when a text changes: another thread may be reading it.
                if (!ReferenceEquals(cleaned, texts[i]))
                    texts[i] = cleaned;
            }
        }
    }
}
