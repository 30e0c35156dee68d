namespace OpenEmploi.Web.Features.OpenData;

/// <summary>When the next export is due: the first instant at or after now of the form today + TimeOfDay + k × Interval (k may be negative).</summary>
internal static class ExportSchedule
{
    public static DateTimeOffset Next(DateTimeOffset now, TimeSpan timeOfDay, TimeSpan interval)
    {
        var utc = now.ToUniversalTime();
        var anchor = new DateTimeOffset(utc.Date, TimeSpan.Zero) + timeOfDay;
        var elapsed = (utc - anchor).Ticks;
        var step = interval.Ticks;
        // Rounded up for a time after the anchor, towards zero before it: never a time in the past.
        var k = elapsed >= 0 ? (elapsed + step - 1) / step : -(-elapsed / step);
        return anchor + TimeSpan.FromTicks(k * step);
    }
}
