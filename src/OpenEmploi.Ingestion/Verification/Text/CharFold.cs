using System.Globalization;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Verification.Text;

/// <summary>
/// Per-character folding for the verifier's tokenizer, precomputed once from Core's
/// <see cref="TextFolding"/> (the search analyzer's table is internal to its assembly): one lookup
/// per character instead of normalising whole strings, so that offsets in the original text stay
/// known and a reason can quote the offending words exactly as the employer wrote them.
/// </summary>
internal static class CharFold
{
    /// <summary>Not part of a word: spaces, punctuation, symbols.</summary>
    public const char Separator = '\0';

    /// <summary>A combining accent of decomposed text: the word goes on.</summary>
    public const char Mark = '\u0001';

    /// <summary>A ligature (œ, æ, ß) that folds to two letters: see <see cref="Expansion"/>.</summary>
    public const char Ligature = '\u0002';

    private const int TableSize = 0x2000;
    private static readonly char[] Table = Build();

    /// <summary>Folded lower-case letter without accent, ASCII digit, or one of the markers above.</summary>
    public static char Fold(char c)
    {
        if (c < TableSize)
            return Table[c];
        if (char.IsSurrogate(c))
            return Separator;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (category == UnicodeCategory.NonSpacingMark)
            return Mark;
        return char.IsLetter(c) ? char.ToLowerInvariant(c) : Separator;
    }

    /// <summary>The two letters of a ligature folded to <see cref="Ligature"/>.</summary>
    public static (char First, char Second) Expansion(char c) => c switch
    {
        'œ' or 'Œ' => ('o', 'e'),
        'æ' or 'Æ' => ('a', 'e'),
        _ => ('s', 's'),
    };

    private static char[] Build()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
                continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                table[i] = Mark;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
                continue;
            // TextFolding is the platform's definition of "the same word": reuse it, character by character.
            var folded = TextFolding.Fold(c.ToString());
            if (folded.Length == 2)
                table[i] = Ligature;
            else if (folded.Length == 1 && char.IsLetter(folded[0]))
                table[i] = folded[0];
            else if (folded.Length == 1 && char.IsDigit(folded[0]))
                table[i] = (char)('0' + (int)char.GetNumericValue(folded[0]));
        }
        return table;
    }
}
