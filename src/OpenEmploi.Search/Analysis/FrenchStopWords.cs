using System.Collections.Frozen;

namespace OpenEmploi.Search.Analysis;

/// <summary>
/// Function words that carry no meaning in an offer or a query, in folded form (no accents, lower
/// case). Deliberately short: only grammar words and the debris of "H/F" and inclusive writing,
/// never words of the trade such as "agent", "chef", "poste" or "emploi".
/// </summary>
public static class FrenchStopWords
{
    /// <summary>Elided words, dropped when an apostrophe follows: l'hôtel, qu'il, jusqu'à, presqu'île.</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Elisions =
        FrozenSet.Create(StringComparer.Ordinal,
            "l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "quelqu", "presqu")
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] Words =
    [
        // Articles, prepositions, conjunctions.
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "a", "au", "aux", "en",
        "pour", "par", "sur", "sous", "dans", "avec", "sans", "chez", "vers", "entre", "afin", "lors",
        "mais", "donc", "or", "ni", "car", "si", "comme", "ainsi", "aussi", "puis", "alors", "dont",
        // Pronouns and determiners.
        "ce", "cet", "cette", "ces", "ca", "cela", "ceci", "qui", "que", "qu", "quoi", "quel", "quelle",
        "quels", "quelles", "je", "j", "tu", "il", "elle", "ils", "elles", "on", "nous", "vous", "me", "m",
        "te", "t", "se", "s", "lui", "eux", "y", "moi", "toi", "soi", "leur", "leurs", "mon", "ma", "mes",
        "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos", "tout", "tous", "toute",
        "toutes", "meme", "memes",
        // Negation and adverbs of degree.
        "ne", "n", "pas", "plus", "moins", "tres", "bien", "deja", "etc",
        // Être and avoir.
        "est", "sont", "etre", "ete", "etait", "etaient", "sera", "seront", "serez", "soit", "suis", "es",
        "sommes", "etes", "avoir", "ai", "as", "avons", "avez", "ont", "avait", "aura", "aurez",
        // Elisions and their kin.
        "lorsqu", "puisqu", "jusqu", "quoiqu", "aujourd", "hui",
        // Gender markers "H/F", "F/H", "(H-F)".
        "h", "f",
        // Inclusive-writing fragments: vendeur(se), employé·e·s, conseiller/ère, 1er, 2e, 3ème.
        "e", "euse", "trice", "rice", "ere", "iere", "enne", "ienne", "ive", "ve",
        "ette", "ice", "eure", "ale", "ales", "fe", "ffe", "er", "re", "eme", "nd", "nde",
    ];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Longest stop word: longer tokens skip the lookup.</summary>
    internal static readonly int MaxLength = Words.Max(w => w.Length);

    /// <param name="folded">A token already folded (see <see cref="FrenchAnalyzer"/>), not stemmed.</param>
    public static bool IsStopWord(ReadOnlySpan<char> folded) =>
        folded.Length <= MaxLength && Lookup.Contains(folded);
}
