using System.Globalization;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// Period codes of the statistics: quarters "2026T3" (TRIMESTRE) and years "2026" (ANNEE), their
/// French labels, order and arithmetic (previous quarter, a year before).
/// </summary>
public static class StatisticsPeriods
{
    public const string QuarterType = "TRIMESTRE";
    public const string YearType = "ANNEE";

    /// <summary>
    /// The twelve months ending with a quarter, coded by that quarter ("2026T3": October 2025 to
    /// September 2026): entries of job seekers and offers registered (docs/statistics-api.md).
    /// </summary>
    public const string TwelveMonthType = "GLISSANT_12_MOIS";

    /// <summary>"12 mois jusqu'au 3e trimestre 2026".</summary>
    public static string TwelveMonthLabel(string quarter) => "12 mois jusqu'au " + Label(PeriodKind.Quarter, quarter);

    public static string TypeCodeOf(PeriodKind kind) => kind == PeriodKind.Year ? YearType : QuarterType;

    public static PeriodKind? ParseType(string? code) => code?.Trim().ToUpperInvariant() switch
    {
        QuarterType => PeriodKind.Quarter,
        YearType => PeriodKind.Year,
        _ => null,
    };

    /// <summary>A sortable number for a valid code of the kind (year × 4 + quarter − 1, or the year), else null.</summary>
    public static int? Ordinal(PeriodKind kind, string? code)
    {
        if (code is null)
            return null;
        if (kind == PeriodKind.Year)
            return code.Length == 4 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y >= 1900 ? y : null;
        return code.Length == 6 && code[4] == 'T' && int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year >= 1900 && code[5] is >= '1' and <= '4'
            ? year * 4 + (code[5] - '1')
            : null;
    }

    public static string FromOrdinal(PeriodKind kind, int ordinal) =>
        kind == PeriodKind.Year
            ? ordinal.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{ordinal / 4}T{ordinal % 4 + 1}");

    /// <summary>The period <paramref name="steps"/> before (a quarter or a year per step).</summary>
    public static string? Before(PeriodKind kind, string code, int steps) =>
        Ordinal(kind, code) is { } o ? FromOrdinal(kind, o - steps) : null;

    public static string Label(PeriodKind kind, string code)
    {
        if (kind == PeriodKind.Year)
            return "Année " + code;
        return Ordinal(kind, code) is { } o
            ? (o % 4 == 0 ? "1er" : (o % 4 + 1).ToString(CultureInfo.InvariantCulture) + "e") + " trimestre " + (o / 4).ToString(CultureInfo.InvariantCulture)
            : code;
    }

    /// <summary>"au 30 septembre 2026": the end of a quarter or year, for "job seekers at the end of the quarter".</summary>
    public static DateOnly End(PeriodKind kind, string code)
    {
        var o = Ordinal(kind, code) ?? throw new ArgumentException("Période invalide : " + code, nameof(code));
        return kind == PeriodKind.Year ? new DateOnly(o, 12, 31) : new DateOnly(o / 4, (o % 4 + 1) * 3, 1).AddMonths(1).AddDays(-1);
    }
}
