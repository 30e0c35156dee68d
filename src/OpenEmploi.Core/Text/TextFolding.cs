using System.Buffers;
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
    // Characters below this are decomposed from a table (Latin, Latin-1 and its extensions, Greek,
    // Cyrillic, general punctuation, symbols…): everything French text holds.
    private const int TableSize = 0x3000;

    // Each character's canonical decomposition (FormD), or null for a character whose text must go
    // through ICU whole: a combining mark, or one whose decomposition starts with one, may be
    // reordered with its neighbours' marks. Every other character's decomposition starts with a
    // starter (canonical class 0), so the FormD of a text of such characters is the concatenation
    // of theirs: the table gives what Normalize(FormD) gives, without ICU's call and its string.
    private static readonly string?[] Decompositions = BuildDecompositions();

    public static string Fold(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Length == 0)
            return s;
        // A character gives at most 4 decomposed ones (in the table) and each at most 2 folded
        // ones, plus a space before it.
        var buffer = ArrayPool<char>.Shared.Rent((s.Length * 9) + 1);
        try
        {
            var folder = new Folder(buffer);
            foreach (var c in s)
            {
                if (c < 0x80)
                {
                    folder.Add(c);
                    continue;
                }
                if (c >= TableSize || Decompositions[c] is not { } decomposed)
                    return FoldThroughIcu(s);
                foreach (var d in decomposed)
                    folder.Add(d);
            }
            return folder.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    // The text whole through ICU's normalisation (FormD splits "é" into "e" + a combining accent,
    // which is then dropped): for characters the table does not hold.
    private static string FoldThroughIcu(string s)
    {
        var decomposed = s.Normalize(NormalizationForm.FormD);
        var buffer = ArrayPool<char>.Shared.Rent((decomposed.Length * 3) + 1);
        try
        {
            var folder = new Folder(buffer);
            foreach (var c in decomposed)
                folder.Add(c);
            return folder.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The fold of decomposed characters, one at a time, into a buffer large enough.</summary>
    private ref struct Folder(char[] buffer)
    {
        private int _length;
        private bool _pendingSpace;

        public void Add(char raw)
        {
            if (raw >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
                return;
            var c = char.ToLowerInvariant(raw);
            if (IsWordBreak(c))
            {
                _pendingSpace = _length > 0;
                return;
            }
            if (_pendingSpace)
            {
                buffer[_length++] = ' ';
                _pendingSpace = false;
            }
            switch (c)
            {
                case 'œ': buffer[_length++] = 'o'; buffer[_length++] = 'e'; break;
                case 'æ': buffer[_length++] = 'a'; buffer[_length++] = 'e'; break;
                case 'ø': buffer[_length++] = 'o'; break;
                case 'ß': buffer[_length++] = 's'; buffer[_length++] = 's'; break;
                default: buffer[_length++] = c; break;
            }
        }

        public override readonly string ToString() => new(buffer, 0, _length);
    }

    private static bool IsWordBreak(char c) =>
        c is '\'' or '’' or '‘' or 'ʼ' or '-' or '‐' or '–' or '/' || char.IsWhiteSpace(c);

    private static string?[] BuildDecompositions()
    {
        var table = new string?[TableSize];
        for (var c = 0x80; c < TableSize; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch) || IsMark(ch))
                continue;
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            if (decomposed.Length <= 4 && !IsMark(decomposed[0]))
                table[c] = decomposed;
        }
        return table;
    }

    // Every character of a canonical class other than 0 is a mark.
    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
