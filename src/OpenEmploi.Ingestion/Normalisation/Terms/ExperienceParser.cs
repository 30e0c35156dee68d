using System.Globalization;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Normalisation.Terms;

/// <summary>
/// Experience for the wire: experienceExige (D, S, E), France Travail's label, the months asked
/// (the lower bound of a range), and whether a duration was written without saying required or
/// wished (then read as required).
/// </summary>
internal readonly record struct ExperienceTerms(string? Exige, string? Libelle, int? Months, bool DefaultedToRequired)
{
    public bool IsKnown => Exige is not null;
}

/// <summary>
/// Reads experience as written: "débutant accepté", "2 ans d'expérience", "expérience exigée de
/// 5 an(s)", "3 à 5 ans", "6 mois souhaités". Labels follow France Travail: "Débutant accepté",
/// "Expérience exigée de 5 An(s)", "Expérience souhaitée de 6 Mois". A duration with neither
/// "exigée" nor "souhaitée" is read as required: a job board's experience field states the
/// requirement. A range keeps its lower bound, the least a candidate needs.
/// </summary>
internal static partial class ExperienceParser
{
    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
        ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["douze"] = 12, ["quinze"] = 15,
    };

    public static ExperienceTerms Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return default;
        var folded = TextFolding.Fold(text);
        if (BeginnerPattern().IsMatch(folded))
            return new ExperienceTerms("D", "Débutant accepté", 0, false);

        var wished = WishedPattern().IsMatch(folded);
        var required = RequiredPattern().IsMatch(folded);
        var months = Months(folded);
        if (months == 0)
            return new ExperienceTerms("D", "Débutant accepté", 0, false);    // schema.org monthsOfExperience 0
        if (months is null && !wished && !required)
            return default;
        var exige = wished && !required ? "S" : "E";
        var head = exige == "S" ? "Expérience souhaitée" : "Expérience exigée";
        var libelle = months switch
        {
            null or 0 => head,
            { } m when m % 12 == 0 => string.Concat(head, " de ", (m / 12).ToString(CultureInfo.InvariantCulture), " An(s)"),
            { } m => string.Concat(head, " de ", m.ToString(CultureInfo.InvariantCulture), " Mois"),
        };
        return new ExperienceTerms(exige, libelle, months, months is not null && !wished && !required);
    }

    private static int? Months(string folded)
    {
        var match = DurationPattern().Match(folded);
        if (!match.Success)
            return null;
        var number = match.Groups[1].Value;
        var count = Numbers.TryGetValue(number, out var n) ? n : int.Parse(number, CultureInfo.InvariantCulture);
        var months = match.Groups[2].ValueSpan.StartsWith("mois") ? count : count * 12;
        return months is >= 0 and <= 600 ? months : null;
    }

    [GeneratedRegex(@"\bdebutante?s?\b|\b(?:sans|aucune|pas d|no) (?:experience|prior experience)\b|\bexperience non (?:requise|exigee|necessaire|obligatoire)\b|\bentry level\b|\bjeunes? diplomee?s?\b|\bpremier emploi\b")]
    private static partial Regex BeginnerPattern();

    [GeneratedRegex(@"\bsouhaite|\bapprecie|\bidealement\b|\bun plus\b|\bde preference\b|\bbienvenue?\b|\bpreferred\b|\bserait\b")]
    private static partial Regex WishedPattern();

    [GeneratedRegex(@"\bexige|\brequise?s?\b|\bobligatoire|\bimperati|\bindispensable|\bminimum\b|\bmini\b|\bminimale?\b|\brequired\b|\bnecessaire")]
    private static partial Regex RequiredPattern();

    // The first number of "3 à 5 ans" (or "3-5 ans", folded to "3 5 ans") is the one matched: a
    // range keeps its lower bound.
    [GeneratedRegex(@"\b(\d{1,2}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze) ?(?:(?:a|ou)? ?\d{1,2} ?)?(ans?|an\(s\)|annees?|mois|years?)\b")]
    private static partial Regex DurationPattern();
}
