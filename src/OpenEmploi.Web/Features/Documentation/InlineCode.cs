using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace OpenEmploi.Web.Features.Documentation;

/// <summary>A changelog point as HTML: the text encoded, `backquoted` spans as code. Nothing else of Markdown is interpreted.</summary>
public static class InlineCode
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static IHtmlContent Render(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('`');
        // An odd number of backquotes pairs nothing reliably: the text is shown as written.
        if (parts.Length % 2 == 0)
            return new HtmlString(Encoder.Encode(text));
        var html = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
            html.Append(i % 2 == 1 ? $"<code>{Encoder.Encode(parts[i])}</code>" : Encoder.Encode(parts[i]));
        return new HtmlString(html.ToString());
    }
}
