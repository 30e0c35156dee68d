using System.Text;

namespace OpenEmploi.OpenData.Anonymisation;

/// <summary>
/// The employer's own name, which the offer gives (entreprise.nom), wherever the text repeats it:
/// whole, in any case and with or without accents or hyphens ("BOULANGERIE MARTIN", "Boulangerie
/// Martin"), then its distinctive words alone when capitalised ("chez Martin", "l'équipe Leroy").
/// A word is distinctive unless it is a legal form or a trade word ("SARL", "Boulangerie",
/// "Transports"), shorter than three letters, or a word of the offer's place, which is published
/// anyway ("Mairie de Lyon" goes whole; "Lyon" alone stays).
/// </summary>
public sealed class EmployerMention
{
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "sarl", "sas", "sasu", "eurl", "sci", "snc", "earl", "gaec", "scea", "scop", "selarl", "groupe", "group", "services",
        "service", "societe", "ets", "etablissements", "entreprise", "entreprises", "et", "fils", "freres", "associes", "cie",
        "compagnie", "des", "les", "aux", "sur", "sous", "boulangerie", "patisserie", "maison", "salaisons", "traiteur", "domaine",
        "vergers", "batiment", "construction", "travaux", "publics", "routes", "reseaux", "electricite", "plomberie", "chauffage",
        "menuiserie", "peinture", "decoration", "isolation", "renovation", "garage", "automobiles", "carrosserie", "distribution",
        "negoce", "comptoir", "supermarche", "boutique", "mode", "marche", "transports", "logistique", "logistics", "autocars",
        "entrepots", "hotel", "residence", "camping", "restaurant", "brasserie", "bistrot", "cafe", "table", "restauration",
        "informatique", "conseil", "numerique", "digital", "immobilier", "agence", "cabinet", "expertise", "comptable", "securite",
        "protection", "gardiennage", "proprete", "nettoyage", "net", "commune", "mairie", "syndicat", "intercommunal", "centre",
        "formation", "auto", "ecole", "institut", "clinique", "hospitalier", "medical", "medicale", "sante", "ehpad", "accueil",
        "association", "aide", "domicile", "creche", "club", "sportif", "loisirs", "salon", "coiffure", "pompes", "funebres",
        "famille", "particulier", "employeur", "interim", "plus", "travail", "temporaire", "emploi", "notre", "votre", "france",
        "international", "industrie", "industries", "solutions", "consulting", "conseils", "bureau", "atelier", "ateliers",
        "magasin", "pharmacie", "laboratoire", "fondation", "office", "public", "regional", "departemental", "national",
    };

    private readonly string _name;
    private readonly string[] _words;

    private EmployerMention(string name, string[] words)
    {
        _name = name;
        _words = words;
    }

    /// <summary>The mention to look for, or null when the offer names no employer.</summary>
    public static EmployerMention? For(string? employerName, string? placeLabel)
    {
        if (string.IsNullOrWhiteSpace(employerName))
            return null;
        var name = Collapse(LetterFolding.Fold(employerName.Trim()));
        if (name.Length < 2)
            return null;
        var place = placeLabel is null ? [] : Collapse(LetterFolding.Fold(placeLabel)).Split(' ');
        var words = new List<string>();
        var original = Collapse(employerName.Trim().Replace('-', ' ').Replace('\'', ' ').Replace('’', ' ')).Split(' ');
        foreach (var token in original)
        {
            var folded = LetterFolding.Fold(token.Trim('.', ',', '(', ')', '&'));
            if (folded.Length < 3 || GenericWords.Contains(folded) || Array.IndexOf(place, folded) >= 0 || !token.Any(char.IsLetter))
                continue;
            if (!words.Contains(folded, StringComparer.Ordinal))
                words.Add(folded);
        }
        return new EmployerMention(name, [.. words]);
    }

    internal string Replace(string text, ScrubTally tally)
    {
        var folded = LetterFolding.Fold(text);
        text = ReplaceAll(text, folded, _name, requireCapital: false, tally, out var changed);
        if (_words.Length == 0)
            return text;
        if (changed)
            folded = LetterFolding.Fold(text);
        foreach (var word in _words)
        {
            text = ReplaceAll(text, folded, word, requireCapital: true, tally, out changed);
            if (changed)
                folded = LetterFolding.Fold(text);
        }
        return text;
    }

    private static string ReplaceAll(string text, string folded, string needle, bool requireCapital, ScrubTally tally, out bool changed)
    {
        changed = false;
        StringBuilder? result = null;
        var copied = 0;
        for (var at = folded.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            if (at < copied || !IsBoundary(folded, at - 1) || !IsBoundary(folded, end) || (requireCapital && !char.IsUpper(text[at])))
                continue;
            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, at - copied).Append(ScrubTokens.Entreprise);
            copied = end;
            tally.Entreprises++;
        }
        if (result is null)
            return text;
        changed = true;
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static bool IsBoundary(string folded, int index) =>
        index < 0 || index >= folded.Length || !char.IsLetterOrDigit(folded[index]);

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
