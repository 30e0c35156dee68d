using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Salary periods and the portal's salary facet. Conversions follow France Travail's legal
/// monthly basis: monthly = annual / 12 = hourly × 151.67 (35 h × 52 / 12). An amount "per
/// engagement" (cachet) has no monthly equivalent: it only compares with cachets and falls in the
/// facet's "non précisé" band.
/// </summary>
internal static class SalaryBands
{
    public const double HoursPerMonth = 151.67;

    /// <summary>Facet values by band code, bands on the upper amount's monthly equivalent, [low, high).</summary>
    public static readonly string[] Labels =
        ["non précisé", "<1800", "1800-2000", "2000-2500", "2500-3000", "3000-4000", "4000+"];

    private static readonly double[] LowerBounds = [double.NegativeInfinity, 1800, 2000, 2500, 3000, 4000];

    public static byte PeriodCode(SalaryPeriod? period) => period switch
    {
        null => 0,
        SalaryPeriod.Mensuel => 1,
        SalaryPeriod.Annuel => 2,
        SalaryPeriod.Horaire => 3,
        SalaryPeriod.Cachet => 4,
        _ => 0,
    };

    /// <summary>How many monthly units one unit of the period is worth; NaN for cachet or none.</summary>
    public static double ToMonthlyFactor(byte periodCode) => periodCode switch
    {
        1 => 1.0,
        2 => 1.0 / 12.0,
        3 => HoursPerMonth,
        _ => double.NaN,
    };

    public static byte BandOf(byte periodCode, double amount)
    {
        var monthly = amount * ToMonthlyFactor(periodCode);
        if (double.IsNaN(monthly))
            return 0;
        byte band = 1;
        for (var i = 1; i < LowerBounds.Length; i++)
        {
            if (monthly >= LowerBounds[i])
                band = (byte)(i + 1);
        }
        return band;
    }

    /// <summary>
    /// Per offer period code, the smallest upper amount (in the offer's own period) that reaches
    /// <paramref name="min"/> expressed in <paramref name="queryPeriod"/>: "the offer's amount
    /// converted to the query's period ≥ min" becomes one comparison per document. Infinity for
    /// periods that never match. A relative 1e-12 slack absorbs the rounding of the conversion so
    /// that an amount exactly equal to the minimum matches.
    /// </summary>
    public static double[] Thresholds(decimal min, SalaryPeriod queryPeriod)
    {
        var thresholds = new double[5];
        Array.Fill(thresholds, double.PositiveInfinity);
        var value = (double)min;
        var q = PeriodCode(queryPeriod);
        if (q == 4)
        {
            thresholds[4] = value;
            return thresholds;
        }
        var queryFactor = ToMonthlyFactor(q);
        for (byte p = 1; p <= 3; p++)
        {
            var t = value * queryFactor / ToMonthlyFactor(p);
            thresholds[p] = t - (Math.Abs(t) * 1e-12);
        }
        return thresholds;
    }
}
