using System.Net;
using System.Text;

namespace OpenEmploi.Ingestion.Normalisation;

/// <summary>
/// Plain text for the wire from what feeds send: JSON-LD and XML job boards put HTML in titles
/// and descriptions ("&lt;p&gt;", "&lt;li&gt;", "&amp;eacute;"). Block tags become line breaks,
/// list items "- " lines, script and style are dropped, entities decoded, blank runs collapsed.
/// Text without '&lt;' or '&amp;' only has its line ends and blank lines tidied.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "br", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section", "article",
    };

    /// <returns>The text, or null when nothing but spaces and tags remains.</returns>
    public static string? ToPlain(string? text, bool singleLine = false)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var plain = text.Contains('<', StringComparison.Ordinal) || text.Contains('&', StringComparison.Ordinal)
            ? WebUtility.HtmlDecode(StripTags(text))
            : text;
        return Tidy(plain, singleLine);
    }

    private static string StripTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            // "<" before a letter, "/" or "!" opens a tag; "salaire < 2000" stays text.
            var opens = c == '<' && i + 1 < html.Length && (char.IsAsciiLetter(html[i + 1]) || html[i + 1] is '/' or '!');
            var end = opens ? html.IndexOf('>', i + 1) : -1;
            if (end < 0)
            {
                builder.Append(c);
                i++;
                continue;
            }
            var inner = html.AsSpan(i + 1, end - i - 1).Trim();
            var closing = inner.StartsWith('/');
            var tag = inner.TrimStart('/');
            var nameEnd = tag.IndexOfAny(' ', '/', '\t');
            var name = (nameEnd < 0 ? tag : tag[..nameEnd]).ToString();
            i = end + 1;
            if (!closing && (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)))
            {
                var close = html.IndexOf("</" + name, i, StringComparison.OrdinalIgnoreCase);
                var gt = close < 0 ? -1 : html.IndexOf('>', close);
                i = gt < 0 ? html.Length : gt + 1;
            }
            else if (!closing && name.Equals("li", StringComparison.OrdinalIgnoreCase))
            {
                LineBreak(builder);
                builder.Append("- ");
            }
            else if (BlockTags.Contains(name))
            {
                LineBreak(builder);
            }
        }
        return builder.ToString();
    }

    // Nested blocks ("</p><ul><li>") make one line break, not a blank line per tag.
    private static void LineBreak(StringBuilder builder)
    {
        var i = builder.Length - 1;
        while (i >= 0 && builder[i] is ' ' or '\t')
            i--;
        if (i >= 0 && builder[i] != '\n')
            builder.Append('\n');
    }

    private static string? Tidy(string text, bool singleLine)
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
