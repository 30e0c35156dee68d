using System.Text.RegularExpressions;

namespace OpenEmploi.Ingestion.Normalisation.Places;

/// <summary>
/// A place written as text, split into what it says: "69003 Lyon", "Lyon 3e (69)", "69 - LYON
/// 03" (the wire's own label), "33 - Gironde", "Paris, Île-de-France", "13 - Marseille 13ème".
/// </summary>
/// <param name="PostalCode">A five-digit code found in the text ("69 003" read as "69003").</param>
/// <param name="Departement">A département code written as "69 - …" or "(69)".</param>
/// <param name="Name">The rest: a commune, département or région name, maybe with an arrondissement.</param>
/// <param name="Qualifier">Text after a comma ("Île-de-France" in "Paris, Île-de-France").</param>
internal sealed partial record PlaceText(string? PostalCode, string? Departement, string? Name, string? Qualifier)
{
    public static PlaceText Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return new PlaceText(null, null, null, null);
        var rest = text.Trim();
        string? postal = null, departement = null, qualifier = null;

        var code = PostalPattern().Match(rest);
        if (code.Success)
        {
            postal = string.Concat(code.Groups[1].ValueSpan, code.Groups[2].ValueSpan);
            rest = rest.Remove(code.Index, code.Length);
        }
        var label = LabelPattern().Match(rest);
        if (label.Success)
        {
            departement = label.Groups[1].Value.ToUpperInvariant();
            rest = rest[label.Length..];
        }
        var paren = ParenPattern().Match(rest);
        if (paren.Success)
        {
            departement ??= paren.Groups[1].Value.ToUpperInvariant();
            rest = rest.Remove(paren.Index, paren.Length);
        }
        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            qualifier = rest[(comma + 1)..].Trim();
            rest = rest[..comma];
        }
        rest = rest.Trim(' ', '-', '–', ',', ';', '.');
        return new PlaceText(postal, departement, rest.Length == 0 ? null : rest, string.IsNullOrEmpty(qualifier) ? null : qualifier);
    }

    [GeneratedRegex(@"(?<![\dA-Za-z])(\d{2}) ?(\d{3})(?!\d)")]
    private static partial Regex PostalPattern();

    [GeneratedRegex(@"^\s*(\d{2,3}|2[ABab])\s*[-–]\s*")]
    private static partial Regex LabelPattern();

    [GeneratedRegex(@"\(\s*(\d{2,3}|2[ABab])\s*\)")]
    private static partial Regex ParenPattern();
}
