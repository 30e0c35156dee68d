namespace OpenEmploi.Core.Travail;

/// <summary>
/// The gross hourly minimum wage (SMIC) by period: what verification compares pay with, what the
/// normaliser reads "SMIC" as, and the floor of generated salaries, on the offer's date. Values from the revaluation decrees as announced by the
/// Ministry of Labour:
/// <list type="bullet">
/// <item>2024-01-01: 11.65 € (Mayotte not listed here: its own value is not checked for that period).</item>
/// <item>2024-11-01: 11.88 € (early revaluation of +2 %; unchanged on 2025-01-01); Mayotte 8.98 €.</item>
/// <item>2026-01-01: 12.02 € (+1.18 %, 1,823.03 € a month for 35 hours); Mayotte 9.33 €.</item>
/// </list>
/// Add a line at each revaluation. Before the first date no check is made rather than a wrong one.
/// </summary>
public sealed class Smic
{
    /// <summary>35 hours × 52 weeks ÷ 12 months: the legal monthly hours of a full-time job.</summary>
    public const double MonthlyHoursFullTime = 35.0 * 52 / 12;

    public static Smic France { get; } = new(
    [
        new SmicPeriod(new DateOnly(2024, 1, 1), 11.65, null),
        new SmicPeriod(new DateOnly(2024, 11, 1), 11.88, 8.98),
        new SmicPeriod(new DateOnly(2026, 1, 1), 12.02, 9.33),
    ]);

    private readonly SmicPeriod[] _periods;

    public Smic(IEnumerable<SmicPeriod> periods)
    {
        _periods = [.. periods.OrderBy(p => p.From)];
    }

    /// <summary>Gross hourly SMIC on <paramref name="date"/> for a place (département 976 is Mayotte), or null when unknown.</summary>
    public double? HourlyAt(DateOnly date, string? departement)
    {
        SmicPeriod? current = null;
        foreach (var p in _periods)
        {
            if (p.From <= date)
                current = p;
        }
        if (current is null)
            return null;
        return departement == "976" ? current.Mayotte : current.Hourly;
    }

    /// <summary>Gross monthly SMIC of a full-time job (35 hours a week), rounded to the cent as published.</summary>
    public double? MonthlyFullTimeAt(DateOnly date, string? departement) =>
        HourlyAt(date, departement) is { } hourly ? Math.Round(hourly * MonthlyHoursFullTime, 2) : null;
}

/// <param name="From">First day the values apply.</param>
/// <param name="Hourly">Gross hourly SMIC in metropolitan France and the other overseas départements.</param>
/// <param name="Mayotte">Gross hourly SMIC in Mayotte, when known.</param>
public sealed record SmicPeriod(DateOnly From, double Hourly, double? Mayotte);
