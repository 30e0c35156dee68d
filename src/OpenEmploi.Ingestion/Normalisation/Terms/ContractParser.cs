using System.Buffers;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Normalisation.Terms;

internal enum DurationUnit
{
    None,
    Days,
    Months,
}

/// <summary>What schema.org's employmentType says about working time (FULL_TIME, PART_TIME).</summary>
internal enum TimeHint
{
    None,
    FullTime,
    PartTime,
}

/// <summary>
/// A contract as read from free text: the typeContrat code (null when the text names none), the
/// natureContrat code, work-study, the duration when the contract has one, what schema.org says
/// of the hours; <c>Internship</c> is a stage, an agreement with a school, not a contract of employment.
/// </summary>
internal readonly record struct ContractTerms(
    string? Type,
    string? Nature,
    bool Alternance,
    bool Internship,
    int Duration,
    DurationUnit Unit,
    TimeHint Hint)
{
    public bool IsEmpty => Type is null && Nature is null && !Internship && Hint == TimeHint.None;
}

/// <summary>
/// Reads contracts as job boards write them: "CDI", "CDD 6 mois", "CDD de 18 mois", "Intérim /
/// mission 2 semaines", "Saisonnier", "Alternance", "Apprentissage", "Stage", "Freelance", and
/// schema.org's employmentType (FULL_TIME, PART_TIME, TEMPORARY, CONTRACTOR, INTERN), on folded
/// text (no case, no accents). When the text names two contract types, the first one written wins.
/// </summary>
internal static partial class ContractParser
{
    // Ordered: at one position the first rule wins (a "CDI intérimaire" is not a CDI). Loose rules
    // ("mission", "indépendant") are for a contract field only: in a title or a description
    // "Chargé de mission" or "vos missions" say nothing about the contract.
    private static readonly (string Type, bool Loose, Regex Pattern)[] TypeRules =
    [
        ("DIN", false, DinPattern()),
        ("TTI", false, TtiPattern()),
        ("DDI", false, DdiPattern()),
        ("CDI", false, CdiPattern()),
        ("CDD", false, CddPattern()),
        ("MIS", false, MisPattern()),
        ("MIS", true, MissionPattern()),
        ("SAI", false, SaiPattern()),
        ("LIB", true, LibPattern()),
        ("FRA", true, FranchisePattern()),
        ("REP", true, ReprisePattern()),
        ("CCE", true, CommercialPattern()),
    ];

    /// <summary>
    /// Words every match of a strict rule holds (each of DIN, TTI, DDI, CDI, CDD, MIS and SAI's
    /// alternatives contains one): a folded text without any of them names no contract strictly,
    /// which one vectorised search tells before the seven rules each read the whole description.
    /// <c>ContractTests</c> checks each rule's wordings against this list.
    /// </summary>
    internal static readonly SearchValues<string> StrictWords = SearchValues.Create(
        ["cdi", "cdd", "tti", "ddi", "interim", "temporaire", "temporary", "duree", "permanent", "saison", "seasonal"],
        StringComparison.Ordinal);

    /// <param name="text">The contract as written.</param>
    /// <param name="strict">Reading a title or a description: only unambiguous contract words count.</param>
    public static ContractTerms Parse(string? text, bool strict = false)
    {
        if (string.IsNullOrWhiteSpace(text))
            return default;
        // schema.org writes FULL_TIME: underscores read as spaces.
        var folded = TextFolding.Fold(text).Replace('_', ' ');

        if (strict && !folded.AsSpan().ContainsAny(StrictWords))
            return default;

        string? type = null;
        var at = int.MaxValue;
        foreach (var (code, loose, pattern) in TypeRules)
        {
            if (loose && strict)
                continue;
            var match = pattern.Match(folded);
            if (match.Success && match.Index < at)
                (type, at) = (code, match.Index);
        }
        if (strict)
        {
            var (length, lengthUnit) = HasDuration(type) ? Duration(folded) : (0, DurationUnit.None);
            return type is null ? default : new ContractTerms(type, null, false, false, length, lengthUnit, TimeHint.None);
        }

        string? nature = null;
        var alternance = false;
        if (ProfessionnalisationPattern().IsMatch(folded))
            (nature, alternance) = ("FS", true);
        else if (ApprentissagePattern().IsMatch(folded))
            (nature, alternance) = ("E2", true);
        else if (UsagePattern().IsMatch(folded))
            nature = "CU";
        else if (PortagePattern().IsMatch(folded))
            (type, nature) = (type ?? "LIB", "PS");
        // Work-study contracts are fixed-term unless the text says CDI.
        if (alternance && type is not ("CDI" or "CDD"))
            type = "CDD";
        if (nature == "CU")
            type ??= "CDD";

        var hint = PartTimePattern().IsMatch(folded) ? TimeHint.PartTime
            : FullTimePattern().IsMatch(folded) ? TimeHint.FullTime
            : TimeHint.None;
        var internship = type is null && InternshipPattern().IsMatch(folded);
        var (duration, unit) = HasDuration(type) ? Duration(folded) : (0, DurationUnit.None);
        return new ContractTerms(type, nature, alternance, internship, duration, unit, hint);
    }

    /// <summary>Every match of the strict rules in a folded text (tests: each must hold one of <see cref="StrictWords"/>).</summary>
    internal static IEnumerable<string> StrictMatches(string folded)
    {
        foreach (var (_, loose, pattern) in TypeRules)
        {
            if (loose)
                continue;
            foreach (Match match in pattern.Matches(folded))
                yield return match.Value;
        }
    }

    /// <summary>Fixed-term contracts carry their length in typeContratLibelle; a CDI's "6 mois" is its trial period.</summary>
    public static bool HasDuration(string? type) => type is "CDD" or "MIS" or "SAI" or "TTI" or "DDI";

    /// <summary>"6 mois" → (6, Months); "2 semaines" → (14, Days); "1 an" → (12, Months); "1,5 mois" → (45, Days).</summary>
    private static (int, DurationUnit) Duration(string folded)
    {
        var match = DurationPattern().Match(folded);
        if (!match.Success)
            return (0, DurationUnit.None);
        var value = decimal.Parse(match.Groups[1].ValueSpan.ToString().Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture);
        var unit = match.Groups[2].ValueSpan;
        var (count, result) = unit[0] switch
        {
            'a' => (value * 12, DurationUnit.Months),
            's' => (value * 7, DurationUnit.Days),
            'j' => (value, DurationUnit.Days),
            _ => (value, DurationUnit.Months),
        };
        if (result == DurationUnit.Months && count != decimal.Truncate(count))
            (count, result) = (count * 30, DurationUnit.Days);
        count = decimal.Round(count);
        return count is >= 1 and <= 99 * 31 ? ((int)count, result) : (0, DurationUnit.None);
    }

    [GeneratedRegex(@"\bcdi (?:d )?interimaire\b|\bcdii\b")]
    private static partial Regex DinPattern();

    [GeneratedRegex(@"\btti\b|\b(?:interim|travail temporaire) (?:d )?insertion\b")]
    private static partial Regex TtiPattern();

    [GeneratedRegex(@"\bddi\b|\b(?:cdd|duree determinee) (?:d )?insertion\b")]
    private static partial Regex DdiPattern();

    [GeneratedRegex(@"\bcdi\b|\bduree indeterminee\b|\bpermanent\b")]
    private static partial Regex CdiPattern();

    [GeneratedRegex(@"\bcdd\b|\bduree determinee\b|\btemporary\b")]
    private static partial Regex CddPattern();

    [GeneratedRegex(@"\binterim(?:aire)?s?\b|\btravail temporaire\b")]
    private static partial Regex MisPattern();

    [GeneratedRegex(@"\bmissions?\b")]
    private static partial Regex MissionPattern();

    [GeneratedRegex(@"\bsaisonni(?:er|ere)s?\b|\bseasonal\b|\bcontrat (?:de )?saison\b")]
    private static partial Regex SaiPattern();

    [GeneratedRegex(@"\bfree ?lance\b|\bindependante?s?\b|\bliberale?s?\b|\bcontractor\b|\b(?:auto|micro) entrepreneur")]
    private static partial Regex LibPattern();

    [GeneratedRegex(@"\bfranchise\b")]
    private static partial Regex FranchisePattern();

    [GeneratedRegex(@"\breprise d entreprise\b")]
    private static partial Regex ReprisePattern();

    [GeneratedRegex(@"\bagent commercial\b|\bvdi\b|\bprofession commerciale\b")]
    private static partial Regex CommercialPattern();

    [GeneratedRegex(@"\bprofessionnalisation\b|\bcontrat pro\b")]
    private static partial Regex ProfessionnalisationPattern();

    [GeneratedRegex(@"\bapprenti(?:ssage|e)?s?\b|\balternan(?:ce|te?s?)\b|\bwork study\b")]
    private static partial Regex ApprentissagePattern();

    [GeneratedRegex(@"\bcontrat d usage\b")]
    private static partial Regex UsagePattern();

    [GeneratedRegex(@"\bportage salarial\b")]
    private static partial Regex PortagePattern();

    [GeneratedRegex(@"\bstages?\b|\bstagiaires?\b|\bintern(?:ship)?s?\b")]
    private static partial Regex InternshipPattern();

    [GeneratedRegex(@"\bpart time\b|\btemps partiel\b|\bmi temps\b")]
    private static partial Regex PartTimePattern();

    [GeneratedRegex(@"\bfull time\b|\btemps (?:plein|complet)\b")]
    private static partial Regex FullTimePattern();

    [GeneratedRegex(@"(\d{1,3}(?:[.,]\d)?) ?(mois|semaines?|sem|jours?|j|ans?|annees?)\b")]
    private static partial Regex DurationPattern();
}
