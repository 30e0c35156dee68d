using System.Globalization;

namespace OpenEmploi.Ingestion.Feeds;

/// <summary>
/// Reading the scalar values partner feeds write as text, the way French job boards write them:
/// ISO dates or « 01/03/2026 », decimal commas, spaces as thousands separators.
/// </summary>
internal static class FeedValues
{
    public const string NotADate = "n'est pas une date";
    public const string NotANumber = "n'est pas un nombre";

    private static readonly string[] FormatsWithOffset =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd HH:mm:ss.FFFFFFFzzz",
        "ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "dd MMM yyyy HH:mm:ss zzz",
    ];

    private static readonly string[] FormatsInUtc =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd HH:mm:ss.FFFFFFF'Z'", "r",
        "ddd, d MMM yyyy HH:mm:ss 'GMT'",
    ];

    private static readonly string[] FormatsInParis =
    [
        "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "dd-MM-yyyy",
        "dd.MM.yyyy", "yyyyMMdd",
    ];

    // French feeds write local times without an offset; reading them as UTC would shift every
    // offer by one or two hours. Hosts without time zone data fall back to UTC.
    private static readonly TimeZoneInfo Paris = FindParis();

    public static string? Clean(string? text)
    {
        if (text is null)
            return null;
        var trimmed = text.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    public static bool TryParseDate(string text, out DateTimeOffset date)
    {
        var s = text.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParseExact(s, FormatsWithOffset, invariant, DateTimeStyles.None, out date))
            return true;
        if (DateTimeOffset.TryParseExact(s, FormatsInUtc, invariant, DateTimeStyles.AssumeUniversal, out date))
            return true;
        if (DateTime.TryParseExact(s, FormatsInParis, invariant, DateTimeStyles.None, out var local))
        {
            date = new DateTimeOffset(local, Paris.GetUtcOffset(local));
            return true;
        }
        date = default;
        return false;
    }

    public static bool TryParseDouble(string text, out double value) =>
        double.TryParse(Normalise(text), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(Normalise(text), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>« 1 923,50 » → « 1923.50 »: spaces (also non-breaking) group thousands, the comma is decimal.</summary>
    private static string Normalise(string text)
    {
        var s = text.Trim();
        if (s.AsSpan().IndexOfAny(' ', '\u00A0', '\u202F') >= 0)
            s = s.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        return s.Contains(',', StringComparison.Ordinal) && !s.Contains('.', StringComparison.Ordinal) ? s.Replace(',', '.') : s;
    }

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
        catch (InvalidTimeZoneException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
