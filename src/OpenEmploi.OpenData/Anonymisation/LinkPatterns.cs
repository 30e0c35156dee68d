using System.Text.RegularExpressions;

namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// Web addresses and street addresses. Every link in an offer's text leads to its employer (its
/// site, a careers page, a social account) or to a person: all go, not only the employer's own
/// domain, which an offer placed by an agency does not even name. A street address with its
/// number locates the establishment to the door; the commune is published in its own column.
/// </summary>
internal static partial class LinkPatterns
{
    private static readonly string[] TopLevelDomains =
        [".fr", ".com", ".net", ".org", ".eu", ".io", ".info", ".biz", ".be", ".ch", ".lu", ".re", ".pro", ".co", ".me", ".app", ".jobs"];

    public static string ReplaceLinks(string text, ScrubTally tally)
    {
        if (!MayHoldLink(text))
            return text;
        return Link().Replace(text, _ =>
        {
            tally.Liens++;
            return ScrubTokens.Lien;
        });
    }

    public static string ReplaceAddresses(string text, ScrubTally tally)
    {
        return StreetAddress().Replace(text, _ =>
        {
            tally.Adresses++;
            return ScrubTokens.Adresse;
        });
    }

    private static bool MayHoldLink(string text)
    {
        if (text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www", StringComparison.OrdinalIgnoreCase))
            return true;
        foreach (var tld in TopLevelDomains)
        {
            if (text.Contains(tld, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    // A scheme or www. and what follows up to a space; or a bare domain name ending in a common
    // top-level domain written in lower case (so "ASP.NET" stays), with its path. A trailing full
    // stop or comma belongs to the sentence.
    [GeneratedRegex(
        @"(?:\b(?i:https?)://|\b(?i:www)\.)[^\s<>""]+[^\s<>"".,;:!?)\]]"
        + @"|\b[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.(?:fr|com|net|org|eu|io|info|biz|be|ch|lu|re|pro|co|me|app|jobs)\b(?:/[^\s<>""]*[^\s<>"".,;:!?)\]])?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    // "12 rue de la Paix", "3 bis, avenue Jean Jaurès", "5 ZA des Cèdres": a number, a kind of way,
    // then the way's name, capitalised words and their particles ("1 place disponible" stays, and
    // so does the sentence after the name).
    private const string Particles = @"(?:(?:de|du|des|la|le|les|d['’]|l['’])\s?)*";

    [GeneratedRegex(
        @"\b\d{1,4}(?:\s?(?i:bis|ter|b))?,?\s+(?i:rue|avenue|av\.|bd|boulevard|place|chemin|all[ée]e|impasse|route|rte|quai|square|rond-point|voie|lieu-dit|hameau|zone|za|zi|zac)"
        + @"\s+" + Particles + @"\p{Lu}[\p{L}'’]*(?:[\s-]+" + Particles + @"\p{Lu}[\p{L}'’]*)*",
        RegexOptions.CultureInvariant)]
    private static partial Regex StreetAddress();
}
