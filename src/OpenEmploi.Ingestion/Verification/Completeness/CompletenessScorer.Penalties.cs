using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Verification.Rules;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Completeness;

// Minus points: what the employer was warned about, stock phrases instead of a description, an old offer.
internal sealed partial class CompletenessScorer
{
    private const int PerWarning = 5;
    private const int MaxWarnings = 15;
    private const int Boilerplate = 5;
    private const int StaleAfterDays = 30;
    private const int VeryStaleAfterDays = 60;

    private void RegisterBoilerplate(RuleSetup setup)
    {
        // Sentences that say nothing about the job: they fill a description without informing.
        setup.Patterns(_owner, 0,
            "postulez *2 maintenant|vite|rapidement", "hésitez pas *1 postuler", "envoyez|adressez *2 cv", "rejoignez *1 nous|équipe|aventure",
            "poste *1 pourvoir *2 dès|rapidement|immédiatement|urgence", "rémunération|salaire *1 selon profil|expérience|convention", "négocier",
            "cadre *2 travail agréable|stimulant|dynamique", "équipe dynamique|jeune|soudée|sympathique|bienveillante", "pleine croissance|expansion",
            "profil *2 motivé|dynamique|sérieux", "candidature *2 étudiée|traitée|confidentialité", "perspectives *1 évolution",
            "nous attendons *2 candidature", "opportunité *3 saisir", "ce poste est *1 fait pour vous", "urgent");
    }

    private int Penalties(RuleContext context, Offre o, IReadOnlyList<Violation> violations, List<CompletenessItem> items)
    {
        const string P = CompletenessScore.PenaltyPart;
        var warnings = 0;
        foreach (var v in violations)
        {
            if (v.Decision == RuleDecision.Warn)
                warnings += PerWarning;
        }
        var boilerplate = IsMostlyBoilerplate(context) ? -Boilerplate : 0;
        var reference = o.DateActualisation > o.DateCreation ? o.DateActualisation : o.DateCreation;
        var age = reference == default ? 0 : (context.Now.UtcDateTime - reference).TotalDays;
        var stale = age > VeryStaleAfterDays ? -10 : age > StaleAfterDays ? -5 : 0;
        return Add(items, P, "avertissements", -Math.Min(MaxWarnings, warnings), -MaxWarnings)
            + Add(items, P, "texte passe-partout", boilerplate, -Boilerplate)
            + Add(items, P, "offre non actualisée depuis plus de 30 jours", stale, -10);
    }

    /// <summary>At least half of the description's sentences (two or more) are stock phrases.</summary>
    private bool IsMostlyBoilerplate(RuleContext context)
    {
        var text = context.Text;
        var first = -1;
        var last = -1;
        for (var i = 0; i < text.Count; i++)
        {
            if (text.KindOf(text[i].Field) != FieldKind.Description)
                continue;
            first = first < 0 ? text[i].Sentence : first;
            last = text[i].Sentence;
        }
        if (first < 0)
            return false;
        var sentences = last - first + 1;
        var stock = 0;
        var previous = -1;
        foreach (var hit in context.HitsOf(_owner))
        {
            var s = text[hit.First].Sentence;
            if (s >= first && s <= last && s != previous)
            {
                stock++;
                previous = s;
            }
        }
        return stock >= 2 && stock * 2 >= sentences;
    }
}
