using System.Globalization;

namespace OpenEmploi.Storage.Reports;

/// <summary>A calendar month, written "yyyy-MM" (2026-11) in files, URLs and the store.</summary>
public readonly record struct ReportMonth : IComparable<ReportMonth>
{
    public ReportMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9998);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        Year = year;
        Month = month;
    }

    public int Year { get; }

    public int Month { get; }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public ReportMonth Next => Month == 12 ? new ReportMonth(Year + 1, 1) : new ReportMonth(Year, Month + 1);

    public ReportMonth Previous => Month == 1 ? new ReportMonth(Year - 1, 12) : new ReportMonth(Year, Month - 1);

    public static ReportMonth Of(DateOnly day) => new(day.Year, day.Month);

    /// <summary>Reads "yyyy-MM" exactly (two-digit month, years 2000 to 9998).</summary>
    public static bool TryParse(string? text, out ReportMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || year < 2000 || year > 9998 || number < 1 || number > 12)
        {
            return false;
        }
        month = new ReportMonth(year, number);
        return true;
    }

    public static ReportMonth Parse(string text) =>
        TryParse(text, out var month) ? month : throw new FormatException($"Mois invalide « {text} » : attendu AAAA-MM.");

    public int CompareTo(ReportMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(ReportMonth left, ReportMonth right) => left.CompareTo(right) < 0;

    public static bool operator >(ReportMonth left, ReportMonth right) => left.CompareTo(right) > 0;

    public static bool operator <=(ReportMonth left, ReportMonth right) => left.CompareTo(right) <= 0;

    public static bool operator >=(ReportMonth left, ReportMonth right) => left.CompareTo(right) >= 0;

    public override string ToString() => Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture);
}
