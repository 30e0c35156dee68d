using OpenEmploi.Core.Travail;
using System.Globalization;

namespace OpenEmploi.Ingestion.Normalisation.Terms;

internal enum PayPeriod
{
    None,
    Hourly,
    Daily,
    Weekly,
    Monthly,
    Yearly,
    Engagement,
}

/// <summary>
/// France Travail's salary label, which the search reads back (WireLabels.Salary): "Mensuel de
/// 2000.00 Euros sur 12 mois", "Annuel de 25000.00 Euros à 30000.00 Euros sur 12 mois", "Horaire
/// de 12.50 Euros sur 12 mois", "Cachet de 150.00 Euros". The wire has no daily or weekly period.
/// </summary>
internal static class SalaryLabel
{
    public static bool HasWirePeriod(PayPeriod period) =>
        period is PayPeriod.Hourly or PayPeriod.Monthly or PayPeriod.Yearly or PayPeriod.Engagement;

    public static string Format(PayPeriod period, decimal min, decimal max, int months = 12)
    {
        var name = period switch
        {
            PayPeriod.Hourly => "Horaire",
            PayPeriod.Monthly => "Mensuel",
            PayPeriod.Yearly => "Annuel",
            PayPeriod.Engagement => "Cachet",
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "pas de période de salaire sur le fil"),
        };
        var text = string.Concat(name, " de ", Money(min), " Euros");
        if (max > min)
            text = string.Concat(text, " à ", Money(max), " Euros");
        return period == PayPeriod.Engagement ? text : string.Concat(text, " sur ", months.ToString(CultureInfo.InvariantCulture), " mois");
    }

    /// <summary>schema.org unitText and French words: HOUR, DAY, WEEK, MONTH, YEAR, "mensuel", "annuel"…</summary>
    public static PayPeriod PeriodOf(string? unit) => unit?.Trim().ToUpperInvariant() switch
    {
        null or "" => PayPeriod.None,
        "HOUR" or "HOURLY" or "H" or "HORAIRE" or "HEURE" => PayPeriod.Hourly,
        "DAY" or "DAILY" or "JOUR" or "JOURNALIER" => PayPeriod.Daily,
        "WEEK" or "WEEKLY" or "SEMAINE" or "HEBDOMADAIRE" => PayPeriod.Weekly,
        "MONTH" or "MONTHLY" or "M" or "MOIS" or "MENSUEL" => PayPeriod.Monthly,
        "YEAR" or "YEARLY" or "A" or "AN" or "ANNUEL" => PayPeriod.Yearly,
        "C" or "CACHET" => PayPeriod.Engagement,
        _ => PayPeriod.None,
    };

    /// <summary>
    /// The period an amount without one most likely has: under 100 an hourly rate, 700 to 12,000
    /// a month, beyond a year; 100 to 700 (a day? a week?) is left undecided.
    /// </summary>
    public static PayPeriod PeriodByMagnitude(decimal amount) => amount switch
    {
        < 5 => PayPeriod.None,
        < 100 => PayPeriod.Hourly,
        < 700 => PayPeriod.None,
        < 12_000 => PayPeriod.Monthly,
        <= 1_000_000 => PayPeriod.Yearly,
        _ => PayPeriod.None,
    };

    /// <summary>
    /// The gross hourly minimum wage (SMIC) in force on a date, for offers that say only "SMIC".
    /// Add a line at each revaluation (Journal officiel).
    /// </summary>
    public static decimal SmicHoraire(DateTime date) =>
        (decimal)(Smic.France.HourlyAt(DateOnly.FromDateTime(date), null) ?? throw new ArgumentOutOfRangeException(nameof(date), date, "Aucun SMIC connu à cette date."));

    private static string Money(decimal value) => decimal.Round(value, 2).ToString("F2", CultureInfo.InvariantCulture);
}
