using System.Buffers;
using System.Text.RegularExpressions;

namespace OpenEmploi.Core.Publication;

/// <summary>
/// E-mail addresses as offers write them: plain ("a.b@c.fr", with a stray space around the @),
/// and disguised against robots ("prenom [at] domaine point fr", "nom(arobase)site[.]com",
/// "rh {at} entreprise dot com"). A disguised address must end in a common top-level domain, so
/// that ordinary words around "point" are left alone.
/// </summary>
internal static partial class EmailPatterns
{
    // Cheap tests first: most descriptions hold none of these, and then no regex runs.
    private static readonly string[] DisguiseMarkers =
        ["(at)", "[at]", "{at}", "<at>", " at ", "arobase", "arrobase", "(a)", "[a]", "(@)", "[@]", "( at )", "[ at ]"];

    public static string Replace(string text, ContactTally tally)
    {
        if (text.Contains('@', StringComparison.Ordinal))
            text = Plain().Replace(text, _ => Count(tally));
        if (HasDisguise(text))
            text = Disguised().Replace(text, _ => Count(tally));
        return text;
    }

    private static string Count(ContactTally tally)
    {
        tally.Courriels++;
        return ContactTokens.Courriel;
    }

    // Searched for all at once (vectorised) rather than one Contains per marker: the same answer,
    // each marker matched ignoring case as Contains(OrdinalIgnoreCase) does.
    private static readonly SearchValues<string> Disguises = SearchValues.Create(DisguiseMarkers, StringComparison.OrdinalIgnoreCase);

    private static bool HasDisguise(string text) => text.AsSpan().ContainsAny(Disguises);

    [GeneratedRegex(@"[\w.%+-]*[\w%+-] ?@ ?[\w-]+(?: ?\. ?[\w-]+)*\.[A-Za-z]{2,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Plain();

    [GeneratedRegex(
        @"\b[\w+-]+(?:(?:\.|\s?[\(\[\{]\s?(?:dot|point|\.)\s?[\)\]\}]\s?|\s(?:dot|point)\s)[\w+-]+)*"
        + @"\s?(?:[\(\[\{<]\s?(?:at|@|arobase|arrobase|a)\s?[\)\]\}>]|\s(?:at|arobase|arrobase)\s)\s?"
        + @"[\w-]+(?:(?:\.|\s?[\(\[\{]\s?(?:dot|point|\.)\s?[\)\]\}]\s?|\s(?:dot|point)\s)[\w-]+)*?"
        + @"(?:\.|\s?[\(\[\{]\s?(?:dot|point|\.)\s?[\)\]\}]\s?|\s(?:dot|point)\s)"
        + @"(?:fr|com|net|org|eu|io|info|biz|be|ch|lu|re|pro|co|me|gouv\.fr|gmail|outlook)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disguised();
}
