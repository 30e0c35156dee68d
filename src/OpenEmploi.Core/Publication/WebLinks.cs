using System.Buffers;
using System.Text.RegularExpressions;

namespace OpenEmploi.Core.Publication;

/// <summary>
/// Web addresses in an offer's text. Every one leads to its employer (its site, a careers page, a
/// social account, an application form that bypasses the platform's counted apply link) or to a
/// person: all go, not only the employer's own domain, which an offer placed by an agency does not
/// even name.
/// </summary>
internal static partial class WebLinks
{
    private static readonly string[] TopLevelDomains =
        [".fr", ".com", ".net", ".org", ".eu", ".io", ".info", ".biz", ".be", ".ch", ".lu", ".re", ".pro", ".co", ".me", ".app", ".jobs"];

    public static string Replace(string text, ContactTally tally)
    {
        if (!MayHoldLink(text))
            return text;
        return Link().Replace(text, _ =>
        {
            tally.Liens++;
            return ContactTokens.Lien;
        });
    }

    // What a link holds, searched for all at once (vectorised) rather than one Contains per
    // string: the same answer, each string matched ignoring case as Contains(OrdinalIgnoreCase) does.
    private static readonly SearchValues<string> Tells =
        SearchValues.Create(["http", "www", .. TopLevelDomains], StringComparison.OrdinalIgnoreCase);

    private static bool MayHoldLink(string text) => text.AsSpan().ContainsAny(Tells);

    // A scheme or www. and what follows up to a space; or a bare domain name ending in a common
    // top-level domain written in lower case (so "ASP.NET" stays), with its path. A trailing full
    // stop or comma belongs to the sentence.
    [GeneratedRegex(
        @"(?:\b(?i:https?)://|\b(?i:www)\.)[^\s<>""]+[^\s<>"".,;:!?)\]]"
        + @"|\b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.(?:fr|com|net|org|eu|io|info|biz|be|ch|lu|re|pro|co|me|app|jobs)\b(?:/[^\s<>""]*[^\s<>"".,;:!?)\]])?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Link();
}
