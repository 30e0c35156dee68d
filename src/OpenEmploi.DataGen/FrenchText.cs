using System.Globalization;
using System.Text;

namespace OpenEmploi.DataGen;

/// <summary>Small French text helpers used while building the tables (never in the hot loop).</summary>
internal static class FrenchText
{
    /// <summary>"Conducteur / Conductrice de poids lourd" → "Conducteur de poids lourd".</summary>
    public static string Masculine(string libelle)
    {
        var slash = libelle.IndexOf(" / ", StringComparison.Ordinal);
        if (slash < 0)
            return libelle;
        var masculine = libelle[..slash];
        var feminine = libelle[(slash + 3)..].Split(' ');
        var skip = masculine.Split(' ').Length;
        return feminine.Length > skip ? masculine + " " + string.Join(' ', feminine, skip, feminine.Length - skip) : masculine;
    }

    /// <summary>Lower-cases the first letter unless the word is an acronym ("IDE", "DRH").</summary>
    public static string LowerFirst(string text)
    {
        if (text.Length == 0 || !char.IsUpper(text[0]) || (text.Length > 1 && char.IsUpper(text[1])))
            return text;
        return string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1));
    }

    /// <summary>"Le Mans" → "au Mans", "Les Ulis" → "aux Ulis", "Lyon" → "à Lyon".</summary>
    public static string APlace(string nom)
    {
        if (nom.StartsWith("Le ", StringComparison.Ordinal))
            return "au " + nom[3..];
        if (nom.StartsWith("Les ", StringComparison.Ordinal))
            return "aux " + nom[4..];
        return "à " + nom;
    }

    /// <summary>France Travail's place label: upper case, no accents, no hyphens, "ST" for "SAINT".</summary>
    public static string UpperPlain(string nom)
    {
        var upper = RemoveDiacritics(nom).ToUpperInvariant()
            .Replace("Œ", "OE", StringComparison.Ordinal)
            .Replace('-', ' ')
            .Replace('\'', ' ')
            .Replace('’', ' ');
        var words = upper.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = words[i] switch
            {
                "SAINT" => "ST",
                "SAINTE" => "STE",
                _ => words[i],
            };
        }
        return string.Join(' ', words);
    }

    public static string RemoveDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Ordinal of a municipal arrondissement from its name ("Paris 8e Arrondissement" → 8).</summary>
    public static int ArrondissementNumber(string nom)
    {
        var number = 0;
        foreach (var c in nom)
        {
            if (char.IsAsciiDigit(c))
                number = (number * 10) + (c - '0');
            else if (number > 0)
                break;
        }
        return number;
    }
}
