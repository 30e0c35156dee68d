using System.Net;
using System.Text;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Plain text of an HTML fragment for comparison only: block tags become line breaks (lines are
/// what boilerplate detection counts), other tags spaces, script and style bodies vanish, entities
/// are decoded. Not a sanitiser: nothing of this is ever displayed.
/// </summary>
internal static class HtmlText
{
    private static readonly string[] BlockTags =
        ["br", "p", "div", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "hr"];

    public static string ToPlain(string html)
    {
        var text = html.Contains('<', StringComparison.Ordinal) ? StripTags(html) : html;
        return text.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(text) : text;
    }

    private static string StripTags(string html)
    {
        var builder = new StringBuilder(html.Length);
        var span = html.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            var close = c == '<' ? span[i..].IndexOf('>') : -1;
            if (close < 0)
            {
                builder.Append(c);
                i++;
                continue;
            }
            var tag = span.Slice(i + 1, close - 1);
            var name = TagName(tag);
            i += close + 1;
            if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase))
            {
                // Skip the body up to the closing tag (or to the end when it never comes).
                var end = span[i..].IndexOf(string.Concat("</", name.ToString()), StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? span.Length : i + end;
                continue;
            }
            builder.Append(IsBlock(name) ? '\n' : ' ');
        }
        return builder.ToString();
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag)
    {
        tag = tag.TrimStart('/').TrimStart();
        var end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
            end++;
        return tag[..end];
    }

    private static bool IsBlock(ReadOnlySpan<char> name)
    {
        foreach (var block in BlockTags)
        {
            if (name.Equals(block, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
