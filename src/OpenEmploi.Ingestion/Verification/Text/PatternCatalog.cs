using System.Globalization;

namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>
/// Collects every rule's patterns, compiles them against one vocabulary and matches them all in a
/// single pass over an offer's tokens. Pattern syntax, items separated by spaces:
/// <list type="bullet">
/// <item><c>réservé</c>: any form with the same stem (réservée, réservés…), accents and case ignored;
/// a word with an apostrophe or hyphen is several items (d'expérience → expérience, the elision dropped).</item>
/// <item><c>=homme</c>: exactly that folded form (hommes is another word).</item>
/// <item><c>homme|=femme|fille</c>: alternatives.</item>
/// <item><c>#</c>, <c>#16-70</c>: a number, optionally within bounds (<c>#</c> may also be an alternative: <c>#|somme</c>).</item>
/// <item><c>@Sex</c>: a word of a <see cref="TermClass"/>.</item>
/// <item><c>habiter~</c>: every conjugated form of the verb (<see cref="Conjugation"/>), which the stemmer does not undo.</item>
/// <item><c>*3</c>: skip up to 3 tokens, never across a sentence.</item>
/// <item><c>?item</c>: the item may be missing.</item>
/// </list>
/// </summary>
internal sealed class PatternCatalog
{
    /// <summary>
    /// Function words the stemmer would confuse with names ("sans" → "san" like "Sanne", "pas" like
    /// "Pa"): always matched exactly.
    /// </summary>
    internal static readonly HashSet<string> ExactWords = new(StringComparer.Ordinal)
    {
        "sans", "pas", "plus", "moins", "aucun", "aucune", "aucuns", "non", "ni", "des", "les", "mais", "dans", "sous", "tous", "jamais",
    };

    private readonly List<(int Owner, int Tag, string Source)> _sources = [];

    public PatternCatalog(Vocabulary vocabulary)
    {
        Vocabulary = vocabulary;
    }

    public Vocabulary Vocabulary { get; }

    public void Add(int owner, int tag, params string[] patterns)
    {
        foreach (var p in patterns)
            _sources.Add((owner, tag, p));
    }

    /// <summary>Compiles the patterns (interning their words) and freezes the vocabulary.</summary>
    public PhraseMatcher Compile(int owners)
    {
        var patterns = new List<Pattern>(_sources.Count);
        foreach (var (owner, tag, source) in _sources)
            patterns.Add(new Pattern(patterns.Count, owner, tag, source, Parse(source)));
        Vocabulary.Freeze();
        return new PhraseMatcher(patterns, Vocabulary.Count, owners);
    }

    private PatternItem[] Parse(string source)
    {
        var items = new List<PatternItem>();
        foreach (var raw in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var optional = raw.StartsWith('?');
            var piece = optional ? raw[1..] : raw;
            if (piece.StartsWith('*'))
            {
                items.Add(new PatternItem { MaxGap = int.Parse(piece.AsSpan(1), CultureInfo.InvariantCulture) });
            }
            else if (piece.StartsWith('#') && !piece.Contains('|'))
            {
                var (min, max) = piece.Length > 1 ? Range(piece) : (double.MinValue, double.MaxValue);
                items.Add(new PatternItem { Number = true, Optional = optional, Min = min, Max = max });
            }
            else if (!piece.Contains('|') && !piece.StartsWith('=') && !piece.StartsWith('@') && TokenizedText.FoldWords(piece).Count > 1)
            {
                // "d'expérience", "sage-femme": one item per word.
                foreach (var word in TokenizedText.FoldWords(piece))
                {
                    items.Add(ExactWords.Contains(word)
                        ? new PatternItem { Exacts = [Vocabulary.Intern(word)], Optional = optional }
                        : new PatternItem { Stems = [Vocabulary.Intern(Vocabulary.Stem(word))], Optional = optional });
                }
            }
            else
            {
                items.Add(Alternatives(piece, optional, source));
            }
        }
        if (items.Count == 0 || items[0].MaxGap >= 0 || items[0].Optional)
            throw new ArgumentException($"Motif mal formé : « {source} » (il doit commencer par un mot).", nameof(source));
        return [.. items];
    }

    private PatternItem Alternatives(string piece, bool optional, string source)
    {
        var stems = new List<int>();
        var exacts = new List<int>();
        var classes = TermClass.None;
        var number = false;
        var (min, max) = (double.MinValue, double.MaxValue);
        foreach (var alternative in piece.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            if (alternative.StartsWith('#'))
            {
                number = true;
                if (alternative.Length > 1)
                    (min, max) = Range(alternative);
                continue;
            }
            if (alternative.StartsWith('@'))
            {
                classes |= Enum.Parse<TermClass>(alternative[1..]);
                continue;
            }
            if (alternative.EndsWith('~'))
            {
                foreach (var form in Conjugation.Forms(TokenizedText.FoldWords(alternative[..^1]).Single()))
                    exacts.Add(Vocabulary.Intern(form));
                continue;
            }
            var exact = alternative.StartsWith('=');
            var words = TokenizedText.FoldWords(exact ? alternative[1..] : alternative);
            if (words.Count != 1)
                throw new ArgumentException($"Motif mal formé : « {source} » (« {alternative} » n'est pas un mot).", nameof(source));
            if (exact || ExactWords.Contains(words[0]))
                exacts.Add(Vocabulary.Intern(words[0]));
            else
                stems.Add(Vocabulary.Intern(Vocabulary.Stem(words[0])));
        }
        return new PatternItem { Stems = [.. stems], Exacts = [.. exacts], Classes = classes, Number = number, Min = min, Max = max, Optional = optional };
    }

    /// <summary>"#16-70" → (16, 70).</summary>
    private static (double Min, double Max) Range(string piece)
    {
        var bounds = piece[1..].Split('-');
        return (double.Parse(bounds[0], CultureInfo.InvariantCulture), double.Parse(bounds[1], CultureInfo.InvariantCulture));
    }
}
