using System.Globalization;
using System.Text;

namespace OpenEmploi.Core.Text;

/// <summary>
/// Folds French text to a comparison key: lower case, no diacritics, ligatures spelled out, and
/// apostrophes, hyphens and slashes read as word breaks, so that "SAINT-ÉTIENNE", "Saint Étienne"
/// and "saint-etienne" share one key.
/// </summary>
public static class TextFolding
{
    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Length == 0)
            return s;

        // FormD splits "é" into "e" + a combining accent, which is then dropped.
        var decomposed = IsAscii(s) ? s : s.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
                continue;
            var c = char.ToLowerInvariant(raw);
            if (IsWordBreak(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            switch (c)
            {
                case 'œ': builder.Append("oe"); break;
                case 'æ': builder.Append("ae"); break;
                case 'ø': builder.Append('o'); break;
                case 'ß': builder.Append("ss"); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    private static bool IsWordBreak(char c) =>
        c is '\'' or '’' or '‘' or 'ʼ' or '-' or '‐' or '–' or '/' || char.IsWhiteSpace(c);

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 0x7F)
                return false;
        }
        return true;
    }
}
