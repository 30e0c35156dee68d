using System.Globalization;
using System.Text.RegularExpressions;
using OpenEmploi.Core.Text;

namespace OpenEmploi.Ingestion.Normalisation.Terms;

/// <summary>Working time for the wire: "35H Travail en journée", "Temps plein", minutes per week.</summary>
internal readonly record struct WorkingTime(string? Libelle, string? Converti, int? WeeklyMinutes, bool Inferred);

/// <summary>
/// Reads working time as written: "35H", "35h/semaine", "24 heures hebdo", "35h30", "151,67 h
/// par mois", "Temps partiel", "temps plein", "39H Travail en journée". The label keeps France
/// Travail's form (hours, "H", minutes, then the schedule when it is one of theirs); "Temps plein"
/// or "Temps partiel" comes from the text, or from the hours (35 and more is full time).
/// </summary>
internal static partial class WorkingTimeParser
{
    public const string TempsPlein = "Temps plein";
    public const string TempsPartiel = "Temps partiel";

    private const int FullTimeMinutes = 35 * 60;
    private const int MaxWeeklyMinutes = 60 * 60;

    // France Travail's schedules, in folded form for the search and as displayed.
    private static readonly (string Folded, string Display)[] Schedules =
    [
        ("horaires normaux", "Horaires normaux"),
        ("travail en equipe", "Travail en équipe"),
        ("horaires variables", "Horaires variables"),
        ("travail samedi et dimanche", "Travail samedi et dimanche"),
        ("travail en journee", "Travail en journée"),
        ("travail de nuit", "Travail de nuit"),
    ];

    public static WorkingTime Parse(string? text, TimeHint hint = TimeHint.None)
    {
        var folded = string.IsNullOrWhiteSpace(text) ? "" : TextFolding.Fold(text).Replace('_', ' ');
        var minutes = WeeklyMinutes(folded);
        string? schedule = null;
        foreach (var (key, display) in Schedules)
        {
            if (folded.Contains(key, StringComparison.Ordinal))
            {
                schedule = display;
                break;
            }
        }

        string? converti = null;
        var inferred = false;
        if (PartTimePattern().IsMatch(folded) || hint == TimeHint.PartTime)
            converti = TempsPartiel;
        else if (FullTimePattern().IsMatch(folded) || hint == TimeHint.FullTime)
            converti = TempsPlein;
        else if (minutes is { } m)
            (converti, inferred) = (m >= FullTimeMinutes ? TempsPlein : TempsPartiel, true);

        string? libelle = null;
        if (minutes is { } weekly)
        {
            var hours = (weekly / 60).ToString(CultureInfo.InvariantCulture);
            libelle = weekly % 60 == 0 ? hours + "H" : string.Concat(hours, "H", (weekly % 60).ToString("00", CultureInfo.InvariantCulture));
            if (schedule is not null)
                libelle = string.Concat(libelle, " ", schedule);
        }
        return new WorkingTime(libelle, converti, minutes, inferred);
    }

    private static int? WeeklyMinutes(string folded)
    {
        var match = HoursPattern().Match(folded);
        if (!match.Success)
            return null;
        var hours = decimal.Parse(match.Groups[1].ValueSpan.ToString().Replace(',', '.'), CultureInfo.InvariantCulture);
        var minutes = (hours * 60) + (match.Groups[2].Success ? int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : 0);
        // Monthly hours (151,67 h = 35 h a week; 100 h or more can only be a month) are converted;
        // a month has 52/12 weeks.
        var rest = folded.AsSpan(match.Index + match.Length);
        if (MonthlyPattern().IsMatch(rest) || hours >= 100)
            minutes = minutes * 12 / 52;
        minutes = decimal.Round(minutes);
        return minutes is > 0 and <= MaxWeeklyMinutes ? (int)minutes : null;
    }

    [GeneratedRegex(@"(\d{1,3}(?:[.,]\d{1,2})?) ?(?:heures?|hrs?|h)(?![a-z])(?: ?(\d{2})\b)?")]
    private static partial Regex HoursPattern();

    [GeneratedRegex(@"^ ?(?:par |/ ?|\. ?)?(?:mois|mensuel)")]
    private static partial Regex MonthlyPattern();

    [GeneratedRegex(@"\btemps partiel\b|\bpart time\b|\bmi temps\b|\bpartiel\b")]
    private static partial Regex PartTimePattern();

    [GeneratedRegex(@"\btemps (?:plein|complet)\b|\bfull time\b")]
    private static partial Regex FullTimePattern();
}
