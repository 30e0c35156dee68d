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
        return TryParseWireDate(s, out date) || TryParseDateByFormats(s, out date);
    }

    /// <summary>
    /// The offer wire's own form, « 2026-03-01T08:30:00.000Z » (what every feed the platform writes
    /// holds, three dates a record), or without its milliseconds, read digit by digit: the formats
    /// below tried one after the other were most of reading an XML record. Anything else, or a
    /// value out of range, is left to them, which read these two forms to the same UTC time.
    /// </summary>
    internal static bool TryParseWireDate(string s, out DateTimeOffset date)
    {
        date = default;
        if (s.Length is not (20 or 24) || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':' || s[^1] != 'Z')
            return false;
        var millisecond = 0;
        if (s.Length == 24 && (s[19] != '.' || !TryDigits(s, 20, 3, out millisecond)))
            return false;
        if (!TryDigits(s, 0, 4, out var year) || !TryDigits(s, 5, 2, out var month) || !TryDigits(s, 8, 2, out var day)
            || !TryDigits(s, 11, 2, out var hour) || !TryDigits(s, 14, 2, out var minute) || !TryDigits(s, 17, 2, out var second))
            return false;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            return false;
        date = new DateTimeOffset(year, month, day, hour, minute, second, millisecond, TimeSpan.Zero);
        return true;
    }

    private static bool TryDigits(string s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var d = s[i] - '0';
            if ((uint)d > 9)
                return false;
            value = (value * 10) + d;
        }
        return true;
    }

    internal static bool TryParseDateByFormats(string s, out DateTimeOffset date)
    {
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
