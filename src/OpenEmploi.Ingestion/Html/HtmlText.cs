using System.Buffers;
using System.Net;
using System.Text;

namespace OpenEmploi.Ingestion.Html;

/// <summary>
/// Plain text from the HTML job boards put in what they send (descriptions written for their
/// pages, sometimes titles and employer blurbs): one reading shared by the feed readers, the
/// normaliser and de-duplication, so that a text means the same to all three.
/// <para>
/// An HTML fragment is read as a browser renders it: white space runs collapse, block elements
/// (p, div, br, li, h1…) end a line, list items start with « - », comments, script and style
/// vanish, other tags vanish without a space ("<c>&lt;b&gt;boulanger&lt;/b&gt;s</c>" is one word),
/// entities are decoded; every line is trimmed and empty ones dropped, so paragraphs come out
/// one line each, as on the wire. Text without tags ("salaire &lt; 2000" has none) keeps its lines
/// and only has its entities decoded. Not a sanitiser: the result is text, never markup.
/// </para>
/// </summary>
internal static class HtmlText
{
    /// <summary>Whether a '&lt;' opens a tag: followed by a letter, '/' or '!' ("&lt; 2000" does not).</summary>
    public static bool HasTags(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var i = s.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i + 1 < s.Length)
        {
            if (char.IsAsciiLetter(s[i + 1]) || s[i + 1] is '/' or '!')
                return true;
            i = s.IndexOf('<', i + 1);
        }
        return false;
    }

    /// <summary>
    /// The fragment's text as described above. <paramref name="listMarkers"/> false leaves list
    /// items without their « - » (de-duplication compares words, and a copy may drop the markup).
    /// </summary>
    public static string ToPlainText(string html, bool listMarkers = true)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!HasTags(html))
            return (html.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(html) : html).ReplaceLineEndings("\n").Trim();
        return CleanLines(WebUtility.HtmlDecode(Render(html, listMarkers)));
    }

    /// <summary>
    /// A field's text for the wire: <see cref="ToPlainText"/>, then white space made single spaces,
    /// line breaks kept (one blank line at most) or, with <paramref name="singleLine"/>, made spaces.
    /// </summary>
    /// <returns>The text, or null when nothing but spaces and tags remains.</returns>
    public static string? ToPlain(string? text, bool singleLine = false)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var plain = text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal) ? ToPlainText(text) : text;
        return Tidy(plain, singleLine);
    }

    private static string Render(string html, bool listMarkers)
    {
        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            var opens = c == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!');
            if (opens && html.IndexOf('>', i + 1) is var close and > 0)
            {
                if (html.AsSpan(i).StartsWith("<!--"))
                {
                    var end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                    i = end < 0 ? html.Length : end + 3;
                    continue;
                }
                var (name, closing) = TagName(html.AsSpan(i + 1, close - i - 1));
                i = close + 1;
                if (!closing && name is "script" or "style")
                {
                    // The body is skipped up to its closing tag (or to the end when it never comes).
                    var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                    i = end < 0 ? html.Length : end;
                    continue;
                }
                if (IsBlock(name))
                {
                    Break(text);
                    if (listMarkers && name == "li" && !closing)
                        text.Append("- ");
                }
                continue;
            }
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (text.Length > 0 && text[^1] is not (' ' or '\n'))
                    text.Append(' ');
            }
            else
            {
                text.Append(c);
            }
            i++;
        }
        return text.ToString();
    }

    private static (string Name, bool Closing) TagName(ReadOnlySpan<char> inside)
    {
        inside = inside.TrimStart();
        var closing = inside.StartsWith('/');
        if (closing)
            inside = inside[1..].TrimStart();
        var end = 0;
        while (end < inside.Length && char.IsAsciiLetterOrDigit(inside[end]))
            end++;
        return (inside[..end].ToString().ToLowerInvariant(), closing);
    }

    private static bool IsBlock(string name) => name is "br" or "p" or "div" or "li" or "ul" or "ol" or "tr"
        or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "article" or "blockquote"
        or "hr" or "dd" or "dt" or "dl" or "header" or "footer" or "pre";

    // Nested blocks ("</p><ul><li>") make one line break, not an empty line per tag.
    private static void Break(StringBuilder text)
    {
        while (text.Length > 0 && text[^1] == ' ')
            text.Length--;
        if (text.Length > 0 && text[^1] != '\n')
            text.Append('\n');
    }

    /// <summary>Trims every line and drops empty ones: paragraphs end up one line each, as on the wire.</summary>
    private static string CleanLines(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Replace('\u00A0', ' ').Trim();
            if (line.Length == 0)
                continue;
            if (result.Length > 0)
                result.Append('\n');
            result.Append(line);
        }
        return result.ToString();
    }

    // Every character Tidy reads as a break: white space and control characters.
    private static readonly SearchValues<char> Breaks = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => char.IsWhiteSpace(c) || char.IsControl(c)).ToArray());

    private static string? Tidy(string text, bool singleLine) => IsTidy(text, singleLine) ? text : Tidied(text, singleLine);

    /// <summary>
    /// The text is as <see cref="Tidied"/> would write it: no break at either end, and between
    /// words single spaces, or (lines kept) one or two line feeds. Most fields are (a feed's titles,
    /// a description already made plain), and are then kept as they are instead of copied one
    /// character at a time; the breaks are found by one vectorised search.
    /// </summary>
    private static bool IsTidy(string text, bool singleLine)
    {
        var span = text.AsSpan();
        var at = span.IndexOfAny(Breaks);
        if (at < 0)
            return span.Length > 0;
        if (at == 0 || Breaks.Contains(span[^1]))
            return false;
        while (at >= 0)
        {
            var run = span[at..];
            var length = run.IndexOfAnyExcept(Breaks);     // the end is not a break: a word follows
            var breaks = run[..length];
            if (!(breaks is " " || (!singleLine && breaks is "\n" or "\n\n")))
                return false;
            span = run[length..];
            at = span.IndexOfAny(Breaks);
        }
        return true;
    }

    private static string? Tidied(string text, bool singleLine)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var newlines = 0;
        foreach (var c in text)
        {
            if (c is '\n' && !singleLine)
            {
                newlines++;
                pendingSpace = false;
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = true;
                continue;
            }
            if (builder.Length > 0)
            {
                if (newlines > 0)
                    builder.Append(newlines > 1 ? "\n\n" : "\n");
                else if (pendingSpace)
                    builder.Append(' ');
            }
            newlines = 0;
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.Length == 0 ? null : builder.ToString();
    }
}
