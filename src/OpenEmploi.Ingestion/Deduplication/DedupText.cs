using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using OpenEmploi.Ingestion.Html;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// The text de-duplication compares, kept apart from the displayed text: Unicode NFKC (full-width
/// letters, ligatures, non-breaking spaces become plain ones), lower case, no HTML, no URLs,
/// e-mails or phone numbers (a partner puts its own, the employer another), no "H/F" markers,
/// one line per non-empty line with single spaces. Lines are kept because
/// <see cref="SourceBoilerplate"/> recognises a source's boilerplate line by line.
/// </summary>
public static partial class DedupText
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return string.Empty;
        var s = text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal)
            ? HtmlText.ToPlainText(text, listMarkers: false)
            : text;
        // Most offers are already NFKC: the check reads the string, the normalisation copies it.
        if (!s.IsNormalized(NormalizationForm.FormKC))
            s = s.Normalize(NormalizationForm.FormKC);
        // Lower-cased into a pooled buffer: a string of it is made only when a pattern has
        // something to replace (most descriptions have none), not for every text.
        // (From a table rather than ICU: InvariantLowerCase.) Collapsed in the same buffer.
        var buffer = ArrayPool<char>.Shared.Rent(s.Length);
        try
        {
            var lower = buffer.AsSpan(0, InvariantLowerCase.ToLower(s, buffer));
            if (!AnyPattern(lower))
                return CollapseLines(lower, lower);
            s = new string(lower);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
        // Each pattern runs only when its telltale character is there: a regex that may start at
        // any letter (an e-mail's local part) costs more than the rest of the fingerprint.
        if (UrlTell(s))
            s = Url().Replace(s, " ");
        if (s.Contains('@', StringComparison.Ordinal))
            s = Email().Replace(s, " ");
        if (s.AsSpan().CountAny(Digits) >= 8)
            s = Phone().Replace(s, " ");
        if (GenderTell(s))
            s = GenderMarker().Replace(s, " ");
        var collapsing = ArrayPool<char>.Shared.Rent(s.Length);
        try
        {
            return CollapseLines(s, collapsing);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(collapsing);
        }
    }

    /// <summary>
    /// Whether any pattern matches the lower-cased text: when none does, the replacements above
    /// leave it as it is (each replaces only what it matches), so it goes to <see cref="CollapseLines"/> as it is.
    /// </summary>
    private static bool AnyPattern(ReadOnlySpan<char> lower) =>
        (UrlTell(lower) && Url().IsMatch(lower))
        || (lower.Contains('@') && Email().IsMatch(lower))
        || (lower.CountAny(Digits) >= 8 && Phone().IsMatch(lower))
        || (GenderTell(lower) && GenderMarker().IsMatch(lower));

    private static bool UrlTell(ReadOnlySpan<char> s) =>
        s.Contains("http", StringComparison.Ordinal) || s.Contains("www.", StringComparison.Ordinal);

    private static bool GenderTell(ReadOnlySpan<char> s) => s.IndexOfAny('/', '\\', '-') >= 0;

    /// <summary>
    /// Each line trimmed, inner white space runs made one space, empty lines dropped: written into
    /// <paramref name="buffer"/>, which may be <paramref name="s"/> itself (each character is
    /// written at or before where it was read: the result is never longer), then one string.
    /// </summary>
    private static string CollapseLines(ReadOnlySpan<char> s, Span<char> buffer)
    {
        var length = 0;
        var pendingSpace = false;
        var pendingLine = false;
        foreach (var c in s)
        {
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingLine = length > 0;
                pendingSpace = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0 && !pendingLine;
            }
            else
            {
                // A separator is only written before a character, which it replaces at least one of.
                if (pendingLine)
                    buffer[length++] = '\n';
                else if (pendingSpace)
                    buffer[length++] = ' ';
                pendingLine = pendingSpace = false;
                buffer[length++] = c;
            }
        }
        return new string(buffer[..length]);
    }

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    // French numbers (0X XX XX XX XX, +33 (0)X…, separators space . -), then other international ones.
    [GeneratedRegex(
        @"(?:(?:\+|\b00)33[\s.\-]?(?:\(0\)[\s.\-]?)?|\b0)[1-9](?:[\s.\-]?\d{2}){4}\b"
        + @"|(?:\+|\b00)\d{2,3}(?:[\s.\-]?\d{1,4}){3,6}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // h/f, f/h, h-f, h/f/x with or without brackets: starts only at '(', 'h' or 'f'.
    [GeneratedRegex(@"(?:\(\s*)?\b[hf]\s*[/\\\-]\s*[hf](?:\s*[/\\\-]\s*[xn])?\b(?:\s*\))?", RegexOptions.CultureInvariant)]
    private static partial Regex GenderMarker();
}
