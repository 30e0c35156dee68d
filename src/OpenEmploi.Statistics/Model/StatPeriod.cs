using System.Globalization;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Model;

/// <summary>A quarter ("2026T3") or a calendar year ("2026"): its first and last days and its neighbours.</summary>
public readonly record struct StatPeriod(PeriodKind Kind, int Year, int Quarter)
{
    public static StatPeriod OfQuarter(int year, int quarter) =>
        quarter is >= 1 and <= 4 ? new(PeriodKind.Quarter, year, quarter)
            : throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "Trimestre attendu entre 1 et 4.");

    public static StatPeriod OfYear(int year) => new(PeriodKind.Year, year, 0);

    /// <summary>Reads "2026T3" or "2026".</summary>
    /// <exception cref="FormatException">Neither form; the message shows both.</exception>
    public static StatPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToUpperInvariant();
        if (t.Length == 6 && t[4] == 'T' && int.TryParse(t.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && t[5] is >= '1' and <= '4')
            return OfQuarter(y, t[5] - '0');
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            return OfYear(year);
        throw new FormatException($"Période « {text} » non reconnue : attendu un trimestre (ex. 2026T3) ou une année (ex. 2026).");
    }

    public string Code => Kind == PeriodKind.Quarter
        ? string.Create(CultureInfo.InvariantCulture, $"{Year}T{Quarter}")
        : Year.ToString(CultureInfo.InvariantCulture);

    public DateOnly Start => Kind == PeriodKind.Quarter ? new DateOnly(Year, (3 * Quarter) - 2, 1) : new DateOnly(Year, 1, 1);

    public DateOnly End => Kind == PeriodKind.Quarter ? Start.AddMonths(3).AddDays(-1) : new DateOnly(Year, 12, 31);

    public StatPeriod Previous => Kind == PeriodKind.Quarter
        ? (Quarter == 1 ? OfQuarter(Year - 1, 4) : OfQuarter(Year, Quarter - 1))
        : OfYear(Year - 1);

    public StatPeriod YearBefore => this with { Year = Year - 1 };

    /// <summary>The last finished quarter on <paramref name="today"/>.</summary>
    public static StatPeriod LastFinishedQuarter(DateOnly today)
    {
        var current = OfQuarter(today.Year, ((today.Month - 1) / 3) + 1);
        return current.Previous;
    }

    public override string ToString() => Code;
}
