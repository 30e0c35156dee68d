namespace OpenEmploi.Web.Features.DeveloperPlatform;

/// <summary>
/// Calendar days as the licence counts them: Paris days, whatever the server's time zone. A day
/// starts at midnight in Paris, which always exists (the clocks change at 2 or 3 in the morning).
/// </summary>
public static class ParisCalendar
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The Paris date of an instant.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Paris).DateTime);

    /// <summary>The instant a Paris day starts (midnight, Paris time).</summary>
    public static DateTimeOffset StartOf(DateOnly day)
    {
        var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(midnight, Paris.GetUtcOffset(midnight)).ToUniversalTime();
    }

    /// <summary>The start of the Paris day <paramref name="days"/> days after the day of <paramref name="instant"/>.</summary>
    public static DateTimeOffset StartOfDayAfter(DateTimeOffset instant, int days) => StartOf(DayOf(instant).AddDays(days));

    /// <summary>The day as the daily jobs record it: 'yyyy-MM-dd'.</summary>
    public static string Key(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
