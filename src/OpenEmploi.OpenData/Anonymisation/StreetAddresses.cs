using System.Text.RegularExpressions;

namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// Street addresses. A street address with its number locates the establishment to the door; the
/// commune is published in its own column. (Links, e-mails and phones are removed before, by
/// <see cref="OpenEmploi.Core.Publication.ContactDetails"/>, as from every published offer.)
/// </summary>
internal static partial class StreetAddresses
{
    public static string Replace(string text, ScrubTally tally)
    {
        return StreetAddress().Replace(text, _ =>
        {
            tally.Adresses++;
            return ScrubTokens.Adresse;
        });
    }

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
