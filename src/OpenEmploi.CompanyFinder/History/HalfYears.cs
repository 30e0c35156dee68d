namespace OpenEmploi.CompanyFinder.History;

/// <summary>
/// Consecutive six-month windows starting at <see cref="FirstMonth"/>: window 0 is the oldest. The
/// model's target and features are counted in these windows, aligned on the cutoff month rather than
/// on calendar half-years, so that a backtest can start at any month.
/// </summary>
public sealed record HalfYears(DateOnly FirstMonth, int Count)
{
    public DateOnly Start(int window) => FirstMonth.AddMonths(6 * window);

    /// <summary>The first month after the last window.</summary>
    public DateOnly End => FirstMonth.AddMonths(6 * Count);

    /// <summary>The window holding <paramref name="month"/>, or -1 outside.</summary>
    public int WindowOf(DateOnly month)
    {
        var months = ((month.Year - FirstMonth.Year) * 12) + month.Month - FirstMonth.Month;
        return months < 0 ? -1 : months / 6 is var w && w < Count ? w : -1;
    }

    /// <summary>Windows that end at <paramref name="cutoff"/> (exclusive), <paramref name="count"/> of them.</summary>
    public static HalfYears EndingAt(DateOnly cutoff, int count) => new(FirstOfMonth(cutoff).AddMonths(-6 * count), count);

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}
