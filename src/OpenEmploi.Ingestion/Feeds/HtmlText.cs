using System.Net;
using System.Text;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>
/// Job boards write descriptions as HTML for their pages; offers carry plain text with line
/// breaks. Block elements become line breaks, list items « - » lines, other tags vanish, entities
/// are decoded, white space is collapsed as a browser would. Text without tags is only decoded.
/// </summary>
internal static class HtmlText
{
    public static string ToPlainText(string html)
    {
        if (!HasTags(html))
            return WebUtility.HtmlDecode(html).ReplaceLineEndings("\n").Trim();

        var text = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && html.IndexOf('>', i + 1) is var close and > 0)
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
                    var end = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                    i = end < 0 ? html.Length : end;
                    continue;
                }
                if (IsBlock(name))
                {
                    Break(text);
                    if (name == "li" && !closing)
                        text.Append("- ");
                }
                continue;
            }
            if (char.IsWhiteSpace(c))
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
        return CleanLines(WebUtility.HtmlDecode(text.ToString()));
    }

    private static bool HasTags(string s)
    {
        var i = s.IndexOf('<', StringComparison.Ordinal);
        while (i >= 0 && i + 1 < s.Length)
        {
            if (char.IsAsciiLetter(s[i + 1]) || s[i + 1] is '/' or '!')
                return true;
            i = s.IndexOf('<', i + 1);
        }
        return false;
    }

    private static (string Name, bool Closing) TagName(ReadOnlySpan<char> inside)
    {
        var closing = inside.StartsWith("/");
        if (closing)
            inside = inside[1..];
        var end = 0;
        while (end < inside.Length && char.IsAsciiLetterOrDigit(inside[end]))
            end++;
        return (inside[..end].ToString().ToLowerInvariant(), closing);
    }

    private static bool IsBlock(string name) => name is "br" or "p" or "div" or "li" or "ul" or "ol" or "tr"
        or "table" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "section" or "article" or "blockquote"
        or "hr" or "dd" or "dt" or "dl" or "header" or "footer" or "pre";

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
}
