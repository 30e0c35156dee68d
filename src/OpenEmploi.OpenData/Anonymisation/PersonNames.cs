using System.Text;
using System.Text.RegularExpressions;

namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// Names of people, found three ways. (1) A civility and what follows it: "M. Dupont", "Mme Claire
/// Martin", "Monsieur LEROY". (2) A contact word and a capitalised name: "Contact : Dubois",
/// "interlocutrice : Nadia", "auprès de Karim", "contactez Julie". (3) A known first name, with the
/// surname beside it: "Sophie Martin", "Jean-Pierre Roux", "DUPONT Julie", "Léa D.". A first name that
/// is also a common word ("Claire", "Marine") counts only with a surname or after a contact word;
/// one after "Saint" or "Sainte" is a place ("Saint-Louis").
/// </summary>
internal sealed partial class PersonNames(FirstNames firstNames)
{
    // Capitalised words after a contact word that are services, not people.
    private static readonly HashSet<string> NotPeople = new(StringComparer.Ordinal)
    {
        "pole", "france", "travail", "emploi", "service", "services", "agence", "equipe", "nous", "notre", "votre", "vos", "nos",
        "accueil", "mairie", "direction", "ressources", "rh", "drh", "secretariat", "cabinet", "le", "la", "les", "l", "un", "une",
        "mission", "apec", "cap", "entreprise", "societe", "responsable", "manager", "chef", "directeur", "directrice", "gerant",
        "gerante", "recrutement", "candidature", "candidatures", "mail", "email", "courriel", "tel", "telephone", "par", "au",
        "aux", "du", "des", "de", "en", "ce", "cette", "monsieur", "madame", "mme", "m", "merci", "plus", "site", "lien",
    };

    // Capitalised words that may follow a first name without being its surname.
    private static readonly HashSet<string> NotSurnames = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "au", "aux", "nous", "vous", "il", "elle", "ils",
        "elles", "on", "pour", "par", "avec", "sans", "sur", "dans", "en", "ce", "cette", "ces", "son", "sa", "ses", "notre",
        "votre", "nos", "vos", "qui", "que", "tel", "mail", "email", "courriel", "rh", "cv", "merci", "bonjour", "h", "f",
    };

    // All-capitals words that come before a first name without being a surname ("CDI Julie" is not a person).
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "cdi", "cdd", "rh", "drh", "btp", "cv", "sms", "pdf", "cap", "bep", "bts", "dut", "iut", "caces", "ssiap", "sarl", "sas",
        "sasu", "eurl", "ehpad", "smic", "rtt", "tp", "ce", "cse", "urgent", "contact", "tel", "mail",
    };

    private static readonly HashSet<string> ContactWords = new(StringComparer.Ordinal)
    {
        "a", "contacter", "contactez", "appelez", "appeler", "demandez", "demander", "joindre", "joignez", "interlocuteur",
        "interlocutrice", "contact", "referent", "referente", "tuteur", "tutrice", "recruteur", "recruteuse",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "le", "la", "de", "du", "des", "da", "di", "van", "von", "ben", "el", "dos",
    };

    private static readonly HashSet<string> Saints = new(StringComparer.Ordinal) { "saint", "sainte", "st", "ste" };

    public string Replace(string text, ScrubTally tally)
    {
        text = Civility().Replace(text, _ =>
        {
            tally.Noms++;
            return ScrubTokens.Nom;
        });
        text = AfterContactWord().Replace(text, match =>
        {
            var name = match.Groups["name"];
            var firstWord = name.Value.AsSpan();
            var space = firstWord.IndexOfAny(' ', '\u00A0');
            if (space > 0)
                firstWord = firstWord[..space];
            if (NotPeople.Contains(LetterFolding.Fold(firstWord.TrimEnd('.'))))
                return match.Value;
            tally.Noms++;
            return string.Concat(match.Groups["label"].Value, ScrubTokens.Nom);
        });
        return ReplaceFirstNames(text, tally);
    }

    private string ReplaceFirstNames(string text, ScrubTally tally)
    {
        StringBuilder? result = null;
        var copied = 0;
        Word previous = default, beforePrevious = default;
        var position = 0;
        while (NextWord(text, position, out var word))
        {
            position = word.End;
            var span = text.AsSpan(word.Start, word.Length);
            if (char.IsUpper(span[0]) && firstNames.IsFirstName(span, out var ambiguous) && !IsSaint(text, previous))
            {
                var start = word.Start;
                var end = word.End;
                var surnames = 0;
                var scan = word.End;
                while (surnames < 2 && Adjacent(text, scan, out var next))
                {
                    // "Sophie Le Gall", "Karim Ben Ali": a capitalised particle belongs to the surname after it.
                    if (IsCapitalisedParticle(text, next) && Adjacent(text, next.End, out var after) && IsSurname(text, after))
                        next = new Word(next.Start, after.End - next.Start);
                    else if (!IsSurname(text, next))
                        break;
                    // An initial keeps its full stop: "Léa D." goes whole.
                    end = next.Length == 1 ? next.End + 1 : next.End;
                    scan = end;
                    surnames++;
                }
                var byContact = IsContactWord(text, previous) || (Fold(text, previous) == "de" && Fold(text, beforePrevious) is "aupres" or "attention");
                if (surnames > 0 || byContact || !ambiguous)
                {
                    // "DUPONT Julie": a surname in capitals written first.
                    if (previous.Length >= 3 && IsAllCapitals(text, previous) && OnlySpaceBetween(text, previous.End, word.Start)
                        && !Acronyms.Contains(Fold(text, previous)))
                        start = previous.Start;
                    if (start >= copied)
                    {
                        result ??= new StringBuilder(text.Length);
                        result.Append(text, copied, start - copied).Append(ScrubTokens.Nom);
                        copied = end;
                        tally.Noms++;
                    }
                    position = end;
                    beforePrevious = default;
                    previous = default;
                    continue;
                }
            }
            beforePrevious = previous;
            previous = word;
        }
        if (result is null)
            return text;
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsSurname(string text, Word word)
    {
        var span = text.AsSpan(word.Start, word.Length);
        if (!char.IsUpper(span[0]))
            return false;
        // An initial: "Léa D."
        if (span.Length == 1)
            return word.End < text.Length && text[word.End] == '.';
        return !NotSurnames.Contains(Fold(text, word));
    }

    private static bool IsCapitalisedParticle(string text, Word word) =>
        char.IsUpper(text[word.Start]) && Particles.Contains(Fold(text, word));

    private static bool IsContactWord(string text, Word word) => word.Length > 0 && ContactWords.Contains(Fold(text, word));

    private static bool IsSaint(string text, Word previous) => previous.Length > 0 && Saints.Contains(Fold(text, previous));

    private static bool IsAllCapitals(string text, Word word)
    {
        foreach (var c in text.AsSpan(word.Start, word.Length))
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
                return false;
        }
        return true;
    }

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] is not (' ' or '\u00A0'))
                return false;
        }
        return to > from;
    }

    private static string Fold(string text, Word word) =>
        word.Length == 0 ? "" : LetterFolding.Fold(text.AsSpan(word.Start, word.Length));

    /// <summary>The next word after <paramref name="from"/> when only spaces separate them.</summary>
    private static bool Adjacent(string text, int from, out Word next)
    {
        next = default;
        var i = from;
        while (i < text.Length && text[i] is ' ' or '\u00A0')
            i++;
        if (i == from || i >= text.Length || !char.IsLetter(text[i]))
            return false;
        return NextWord(text, i, out next) && next.Start == i;
    }

    /// <summary>A run of letters, hyphens and apostrophes inside it ("Jean-Pierre", "d'Almeida").</summary>
    private static bool NextWord(string text, int from, out Word word)
    {
        var i = from;
        while (i < text.Length && !char.IsLetter(text[i]))
            i++;
        if (i >= text.Length)
        {
            word = default;
            return false;
        }
        var start = i;
        while (i < text.Length && (char.IsLetter(text[i])
            || (text[i] is '-' or '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
            i++;
        word = new Word(start, i - start);
        return true;
    }

    private readonly record struct Word(int Start, int Length)
    {
        public int End => Start + Length;
    }

    // A capitalised word, or an initial with its full stop ("J."); a sentence's full stop after a name stays.
    private const string NameWord = @"(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*)";

    [GeneratedRegex(
        @"(?<![\p{L}])(?:M\.|MM\.|Mr\.?|Mrs\.?|Mme\.?|Mmes\.?|Mlle\.?|Melle\.?|[Mm]onsieur|[Mm]adame|[Mm]ademoiselle|Dr\.?|[Dd]octeur|[Mm]a[îi]tre|Me\.?)"
        + @"[\s\u00A0]+(?:(?:de|du|des|le|la|van|von|da|di|ben|el|d['’])[\s\u00A0]?)?" + NameWord
        + @"(?:[\s\u00A0]+(?:(?:de|du|des|le|la|van|von|da|di|ben|el|d['’])[\s\u00A0]?)?" + NameWord + "){0,2}",
        RegexOptions.CultureInvariant)]
    private static partial Regex Civility();

    [GeneratedRegex(
        @"(?<label>(?<![\p{L}])(?i:contact|interlocut(?:eur|rice)|r[ée]f[ée]rente?|recrut(?:eur|euse)|tut(?:eur|rice)|responsable(?: (?:du )?recrutement)?|charg[ée]e? (?:de|du) recrutement)[\s\u00A0]?:[\s\u00A0]*"
        + @"|(?<![\p{L}])(?i:[àa] l['’]attention de|aupr[èe]s de|contactez|contacter|appelez|demandez|joindre|joignez)[\s\u00A0]+)"
        + @"(?<name>" + NameWord + @"(?:[\s\u00A0]+" + NameWord + "){0,2})",
        RegexOptions.CultureInvariant)]
    private static partial Regex AfterContactWord();
}
