using System.Globalization;
using OpenEmploi.Ingestion.Verification.Rules;
using OpenEmploi.Ingestion.Verification.Text;

namespace OpenEmploi.Ingestion.Verification.Fraud;

// The signals that need more than words: pay against the distribution, the employer, state across offers.
internal sealed partial class FraudChecker
{
    /// <summary>Descriptions shorter than this are too generic to tell a template from a coincidence.</summary>
    private const int MinWordsForTextHash = 40;

    private void SalarySignal(RuleContext context, List<FraudSignal> signals)
    {
        if (_salaries is null || context.RomeCode is not { } rome || context.Pay.MonthlyFullTime is not { } monthly)
            return;
        if (_salaries.Get(rome, context.Offer.Entry.Region) is not { } q)
            return;
        // "Far above": beyond the 99th percentile and more than twice the median, so that a
        // well-paid but plausible offer in a wide distribution is not suspected.
        if (monthly > q.P99 && monthly > 2 * q.P50)
        {
            var evidence = string.Create(CultureInfo.GetCultureInfo("fr-FR"), $"{monthly:0} € brut mensuel équivalent temps plein, médiane {q.P50:0} €");
            signals.Add(new FraudSignal("F06", 25, "salaire très au-dessus des offres du même métier dans la région", evidence));
        }
    }

    private void EmployerSignals(RuleContext context, List<FraudSignal> signals)
    {
        var offer = context.Offer;
        var name = offer.Offre.Entreprise?.Nom ?? offer.Raw.Employer.Name;
        var siret = offer.Siret ?? offer.Raw.Employer.Siret;
        if (EmployerIdentity.IsMissing(name) && string.IsNullOrWhiteSpace(siret))
        {
            signals.Add(new FraudSignal("F07", 20, "aucun employeur identifiable (ni nom ni SIRET)", null));
            return;
        }
        if (_texts is null || TextHash(context, name) is not { } hash)
            return;
        var key = !string.IsNullOrWhiteSpace(siret) ? "siret:" + siret : "nom:" + Core.Text.TextFolding.Fold(name!);
        var employers = _texts.Observe(hash, key);
        if (employers >= 3)
            signals.Add(new FraudSignal("F09", 25, "même texte publié sous plusieurs noms d'employeurs", $"{employers} employeurs"));
        else if (employers == 2)
            signals.Add(new FraudSignal("F09", 10, "même texte publié sous deux noms d'employeurs", "2 employeurs"));
    }

    private static void EasyMoneySignal(RuleContext context, List<Hit> hits, List<FraudSignal> signals)
    {
        var noExperience = context.Offre.ExperienceExige == "D" || First(hits, 1 << NoExperience) >= 0;
        var remote = First(hits, 1 << Remote) >= 0;
        var paid = First(hits, 1 << PaidDaily);
        if (paid < 0)
            return;
        if (noExperience && remote)
            signals.Add(new FraudSignal("F08", 25, "« sans expérience, depuis chez vous, payé chaque jour »", Evidence(context, hits, paid)));
        else if (noExperience || remote)
            signals.Add(new FraudSignal("F08", 12, "argent facile ou payé chaque jour", Evidence(context, hits, paid)));
    }

    /// <summary>
    /// FNV-1a over the description's folded words, leaving out the employer's own name where the
    /// text names it: a template reposted under other names hashes the same even when it names
    /// its poster. The name is left out as a phrase ("Logistique Alpha"), never word by word: the
    /// word "logistique" of "entreprise de logistique" stays, or that copy would hash apart from
    /// the others. A one-word name is left out only where it is capitalised ("Alpha", not "alpha").
    /// </summary>
    private static ulong? TextHash(RuleContext context, string? name)
    {
        Span<ulong> nameWords = stackalloc ulong[8];
        var names = 0;
        if (name is not null)
        {
            foreach (var w in Core.Text.TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (names < nameWords.Length && !LegalForms.Contains(w))
                    nameWords[names++] = Fnv(w);
            }
        }
        var text = context.Text;
        var hash = 14695981039346656037UL;
        var words = 0;
        for (var i = 0; i < text.Count; i++)
        {
            if (text.KindOf(text[i].Field) != FieldKind.Description || text[i].Kind == TokenKind.Symbol)
                continue;
            var skip = NameAt(text, i, nameWords[..names]);
            if (skip > 0)
            {
                i += skip - 1;
                continue;
            }
            foreach (var c in text.Folded(text[i]))
                hash = (hash ^ c) * 1099511628211UL;
            hash = (hash ^ ' ') * 1099511628211UL;
            words++;
        }
        return words >= MinWordsForTextHash ? hash : null;
    }

    /// <summary>How many tokens from <paramref name="i"/> spell the whole name, or 0.</summary>
    private static int NameAt(TokenizedText text, int i, ReadOnlySpan<ulong> name)
    {
        if (name.IsEmpty || i + name.Length > text.Count)
            return 0;
        for (var k = 0; k < name.Length; k++)
        {
            ref readonly var t = ref text[i + k];
            if (t.Field != text[i].Field || Fnv(text.Folded(t)) != name[k])
                return 0;
        }
        if (name.Length == 1 && !char.IsUpper(text.FieldText(text[i].Field)[text[i].Start]))
            return 0;
        return name.Length;
    }

    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "sa", "sas", "sasu", "sarl", "eurl", "sci", "snc", "scop", "selarl", "selas", "scp", "gie",
    };

    private static ulong Fnv(ReadOnlySpan<char> s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
