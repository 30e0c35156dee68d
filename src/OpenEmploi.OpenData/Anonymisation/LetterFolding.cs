using System.Globalization;
using System.Text;

namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// Folds one character to lower case without its accent, keeping the text's length, so that a
/// match found in the folded text is at the same place in the original. Hyphens and apostrophes
/// become spaces: "Jean-Pierre" and "Jean Pierre", "L’Étoile" and "l'etoile" fold alike.
/// </summary>
internal static class LetterFolding
{
    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    public static char Fold(char c) => c < TableSize ? Table[c] : IsApostropheOrDash(c) ? ' ' : char.ToLowerInvariant(c);

    public static string Fold(ReadOnlySpan<char> text)
    {
        return string.Create(text.Length, text.ToString(), static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Fold(source[i]);
        });
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (IsApostropheOrDash(c))
            {
                table[i] = ' ';
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0]
                : lower;
        }
        return table;
    }

    private static bool IsApostropheOrDash(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '-' or '‐' or '–' or '\u00A0';
}
