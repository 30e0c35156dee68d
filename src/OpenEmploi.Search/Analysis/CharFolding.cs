using System.Globalization;
using System.Text;

namespace OpenEmploi.Search.Analysis;

/// <summary>
/// One table lookup per character instead of normalising strings: the same folding as
/// <c>TextFolding.Fold</c> (lower case, diacritics dropped, œ/æ/ß spelled out), precomputed once
/// for the first 8,192 code points, which cover every Latin script a French offer uses.
/// </summary>
internal static class CharFolding
{
    /// <summary>Not part of any word: spaces, punctuation, symbols, hyphens, slashes.</summary>
    public const char Separator = '\0';

    // Markers are control characters, which never survive folding as letters or digits: anything
    // above '9' is a letter.
    public const char Ignore = '\u0001';      // combining accent of decomposed text: stays inside the word
    public const char Apostrophe = '\u0002';  // ends an elision (l', qu'…) or splits words
    public const char LigatureOe = '\u0003';
    public const char LigatureAe = '\u0004';
    public const char SharpS = '\u0005';

    private const int TableSize = 0x2000;
    private static readonly char[] Table = BuildTable();

    /// <summary>
    /// Folded letter or ASCII digit, or <see cref="Separator"/>, or a marker
    /// (<see cref="Ignore"/>, <see cref="Apostrophe"/>, a ligature to expand).
    /// </summary>
    public static char Fold(char c) => c < TableSize ? Table[c] : FoldRare(c);

    private static char FoldRare(char c)
    {
        if (c is '\u2019' or '\u2018' or '\uFF07')
            return Apostrophe;
        if (c is >= '\uFF01' and <= '\uFF5E')
            return Fold((char)(c - 0xFEE0));    // full-width forms: Ｅｌｅｃ → elec
        if (char.IsSurrogate(c))
            return Separator;
        // Beyond the table: no French letters, so only lower case, never a normalisation (it allocates).
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.NonSpacingMark => Ignore,
            UnicodeCategory.DecimalDigitNumber => (char)('0' + (int)char.GetNumericValue(c)),
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter => char.ToLowerInvariant(c),
            _ => Separator,
        };
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
            table[i] = Classify((char)i);
        table['\''] = Apostrophe;
        table['\u02BC'] = Apostrophe;
        table['\u0153'] = LigatureOe;
        table['\u0152'] = LigatureOe;
        table['\u00E6'] = LigatureAe;
        table['\u00C6'] = LigatureAe;
        table['\u00DF'] = SharpS;
        table['\u1E9E'] = SharpS;
        // Letters that Unicode does not decompose but French readers see as plain ones.
        table['\u00F8'] = table['\u00D8'] = 'o';
        table['\u0142'] = table['\u0141'] = 'l';
        table['\u0111'] = table['\u0110'] = 'd';
        return table;
    }

    private static char Classify(char c)
    {
        if (c is >= '0' and <= '9')
            return c;
        if (char.IsSurrogate(c))
            return Separator;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.NonSpacingMark:
                return Ignore;
            case UnicodeCategory.DecimalDigitNumber:
                // Other scripts' digits read as ASCII digits.
                return (char)('0' + (int)char.GetNumericValue(c));
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.ModifierLetter:
                return BaseLetter(c);
            default:
                return Separator;
        }
    }

    private static char BaseLetter(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 0x80)
            return lower;
        var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return char.IsLetter(first) ? char.ToLowerInvariant(first) : lower;
    }
}
