using System.Text;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Normalisation.Rome;

/// <summary>Title helpers: abbreviations spelled out, masculine forms, and a wording key to break ties.</summary>
internal static class JobTitles
{
    // Abbreviations job boards use and the ROME spells out (folded words).
    private static readonly Dictionary<string, string> Abbreviations = new(StringComparer.Ordinal)
    {
        ["pl"] = "poids lourd",
        ["spl"] = "super poids lourd",
        ["vl"] = "vehicule leger",
        ["rh"] = "ressources humaines",
        ["adv"] = "administration des ventes",
        ["cdt"] = "conducteur",
        ["resp"] = "responsable",
        ["tech"] = "technicien",
        ["assist"] = "assistant",
    };

    /// <summary>
    /// The title folded, with its abbreviations spelled out ("Chauffeur PL" → "chauffeur poids
    /// lourd") and "télé-" joined to its word as the ROME writes it ("téléconseiller").
    /// </summary>
    public static string Expand(string title)
    {
        var words = TextFolding.Fold(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var builder = new StringBuilder(title.Length + 16);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (builder.Length > 0)
                builder.Append(' ');
            if (word == "tele" && i + 1 < words.Length)
                builder.Append(word).Append(words[++i]);
            else
                builder.Append(Abbreviations.GetValueOrDefault(word.Trim('(', ')', ',', '.', ':')) ?? word);
        }
        return builder.ToString();
    }

    /// <summary>"Agent territorial … des écoles maternelles (ATSEM)" → "ATSEM"; null without an acronym.</summary>
    public static string? Acronym(string libelle)
    {
        var open = libelle.LastIndexOf('(');
        var close = libelle.LastIndexOf(')');
        if (open < 0 || close < open || close - open - 1 is < 2 or > 6)
            return null;
        var inner = libelle.AsSpan(open + 1, close - open - 1);
        foreach (var c in inner)
        {
            if (!char.IsAsciiLetterUpper(c))
                return null;
        }
        return inner.ToString();
    }
    /// <summary>
    /// The words of a title, folded, punctuation and the gender markers "H/F", "F/H", "(H/F/X)"
    /// removed, every word kept (stop words too: "avec" and "sans hébergement" are two jobs).
    /// </summary>
    public static string WordingKey(string title)
    {
        var folded = TextFolding.Fold(title);
        var key = new StringBuilder(folded.Length);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var letter = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (letter && start < 0)
                start = i;
            if (letter || start < 0)
                continue;
            var word = folded.AsSpan(start, i - start);
            start = -1;
            if (word is "h" or "f" or "x" or "hf" or "fh")
                continue;
            if (key.Length > 0)
                key.Append(' ');
            key.Append(word);
        }
        return key.ToString();
    }

    /// <summary>
    /// "Conducteur / Conductrice de poids lourd" → "Conducteur de poids lourd": the words after the
    /// feminine form's own are the shared complement. Labels without " / " are returned as they are.
    /// </summary>
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
}
