using System.Globalization;

namespace OpenEmploi.Web.Features.Usage;

/// <summary>One bar of the server-drawn chart, in the SVG's coordinates.</summary>
internal sealed record ChartBar(double X, double Y, double Width, double Height, string Label);

/// <summary>
/// The geometry of the calls-per-day bar chart, computed on the server: the page draws it as SVG
/// without any script (the CSP allows none), each bar with its own title for hover and screen readers.
/// </summary>
internal static class UsageChart
{
    public const double Width = 600;
    public const double Height = 160;
    public const double Top = 16;
    public const double Bottom = 140;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Calls(long calls) => calls switch
    {
        0 => "aucun appel",
        1 => "1 appel",
        _ => calls.ToString("N0", French) + " appels",
    };

    public static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", French);

    public static string ShortDay(DateOnly day) => day.ToString("d MMM", French);

    public static IReadOnlyList<ChartBar> Bars(IReadOnlyList<DailyCalls> days)
    {
        if (days.Count == 0)
            return [];
        var peak = Math.Max(1, days.Max(day => day.Calls));
        var slot = Width / days.Count;
        var barWidth = slot * 0.75;
        return [.. days.Select((day, index) =>
        {
            // A day without calls keeps a one-unit sliver: its title stays reachable on hover.
            var height = Math.Max(1, (Bottom - Top) * day.Calls / peak);
            return new ChartBar(index * slot + (slot - barWidth) / 2, Bottom - height, barWidth, height, $"{Day(day.Day)} : {Calls(day.Calls)}");
        })];
    }
}
