using System.Globalization;

namespace OpenEmploi.Web.Features.DeveloperPlatform;

/// <summary>Times as French readers expect them: Paris time, « 3 décembre 2026 à 14:05 ».</summary>
public static class FrenchTime
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static string Format(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Paris).ToString("d MMMM yyyy 'à' HH:mm", French);

    /// <summary>« 3 décembre 2026 »: a Paris calendar day.</summary>
    public static string FormatDay(DateOnly day) => day.ToString("d MMMM yyyy", French);

    /// <summary>« 2 jours et 3 heures », « 45 minutes »: how long until (or since) a deadline.</summary>
    public static string Duration(TimeSpan span)
    {
        span = span.Duration();
        if (span.TotalDays >= 1)
            return Plural(span.Days, "jour") + (span.Hours > 0 ? " et " + Plural(span.Hours, "heure") : "");
        if (span.TotalHours >= 1)
            return Plural(span.Hours, "heure");
        return Plural(Math.Max(1, span.Minutes), "minute");
    }

    private static string Plural(int count, string unit) =>
        count.ToString(French) + " " + unit + (count > 1 ? "s" : "");
}
