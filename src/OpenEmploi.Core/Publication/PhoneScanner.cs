using System.Buffers;
using System.Text;

namespace OpenEmploi.Core.Publication;

/// <summary>
/// Telephone numbers, found by reading runs of digits with the separators people type between
/// them (space, no-break space, dot, dash, slash-free parentheses): any grouping counts, "06 12 34
/// 56 78", "0612345678", "06.12.34.56.78", "0 800 123 456", "+33 (0)6 12 34 56 78", "0033 1 23 45
/// 67 89", "+262 262 12 34 56". A national number is ten digits starting 0 then 1–9; an
/// international one starts with + or 00 and holds 8 to 15 digits. Runs of another length stay:
/// a SIRET (14 digits), a SIREN (9), a postal code, "2 000 €", "35h", a date such as 12.03.2026.
/// </summary>
internal static class PhoneScanner
{
    public static string Replace(string text, ContactTally tally)
    {
        // No number has fewer digits than that (DigitRun.IsPhone), so a text with fewer in all
        // holds none: most texts, which are then only counted (vectorised), not read char by char.
        if (text.AsSpan().CountAny(AsciiDigits) < MinDigits)
            return text;
        StringBuilder? result = null;
        var copied = 0;
        for (var i = 0; i < text.Length; i++)
        {
            // Straight to the next character a number may start with.
            var next = text.AsSpan(i).IndexOfAny(Starts);
            if (next < 0)
                break;
            i += next;
            var c = text[i];
            if (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '+'))
                continue;
            var run = ReadRun(text, i);
            if (run.IsPhone(plus: c == '+'))
            {
                result ??= new StringBuilder(text.Length);
                result.Append(text, copied, i - copied).Append(ContactTokens.Telephone);
                copied = run.End;
                tally.Telephones++;
            }
            // Skip the whole run: a number is never looked for inside a longer one.
            i = Math.Max(i, run.End - 1);
        }
        if (result is null)
            return text;
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    /// <summary>Reads digits and separators from <paramref name="start"/> up to the last digit.</summary>
    private static DigitRun ReadRun(string text, int start)
    {
        var run = new DigitRun { End = start + 1 };
        var separators = 0;
        for (var j = text[start] == '+' ? start + 1 : start; j < text.Length; j++)
        {
            var d = text[j];
            if (char.IsAsciiDigit(d))
            {
                if (run.Digits == 0)
                    run.First = d;
                else if (run.Digits == 1)
                    run.Second = d;
                run.Digits++;
                separators = 0;
                run.End = j + 1;
                continue;
            }
            // Three separators at most in a row ("06 - 12"), only once a digit has been read.
            if (run.Digits == 0 || !IsSeparator(d) || ++separators > 3)
                break;
        }
        return run;
    }

    /// <summary>The fewest digits a number holds (an international one; a national one holds ten).</summary>
    private const int MinDigits = 8;

    private static readonly SearchValues<char> AsciiDigits = SearchValues.Create("0123456789");
    private static readonly SearchValues<char> Starts = SearchValues.Create("+0123456789");

    private static bool IsSeparator(char c) => c is ' ' or '\u00A0' or '\u202F' or '.' or '-' or '(' or ')';

    private struct DigitRun
    {
        public int End;
        public int Digits;
        public char First;
        public char Second;

        public readonly bool IsPhone(bool plus)
        {
            if (plus)
                return Digits is >= MinDigits and <= 15;
            if (First == '0' && Second == '0')
                return Digits is >= 11 and <= 15;
            return Digits == 10 && First == '0' && Second != '0';
        }
    }
}
