using OpenEmploi.Core.Travail;
using System.Globalization;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Verification.Pay;

internal enum PayPeriod : byte
{
    None,
    Hour,
    Month,
    Year,
}

/// <summary>
/// The offer's structured pay read once for every check that needs it (minimum wage, fraud
/// distribution, completeness): the lower amount and its period, and the weekly hours.
/// </summary>
internal readonly record struct PayFacts(PayPeriod Period, double Amount, double WeeklyHours, bool HoursKnown)
{
    public bool Known => Period != PayPeriod.None && Amount > 0;

    /// <summary>Gross hourly rate: part-time monthly pay is divided by its own hours, never by 35.</summary>
    public double? Hourly => Period switch
    {
        PayPeriod.Hour => Amount,
        PayPeriod.Month => Amount / (WeeklyHours * 52 / 12),
        PayPeriod.Year => Amount / 12 / (WeeklyHours * 52 / 12),
        _ => null,
    };

    /// <summary>The same rate as a full-time monthly pay, to compare offers whatever their hours.</summary>
    public double? MonthlyFullTime => Hourly * Smic.MonthlyHoursFullTime;

    public static PayFacts Read(Offre offre, RawOffer raw)
    {
        var (hours, known) = WeeklyHoursOf(offre.DureeTravailLibelle ?? raw.WorkingTimeText);
        var libelle = offre.Salaire?.Libelle;
        if (!string.IsNullOrEmpty(libelle))
        {
            var period = libelle.StartsWith("Horaire", StringComparison.OrdinalIgnoreCase) ? PayPeriod.Hour
                : libelle.StartsWith("Annuel", StringComparison.OrdinalIgnoreCase) ? PayPeriod.Year
                : libelle.StartsWith("Mensuel", StringComparison.OrdinalIgnoreCase) ? PayPeriod.Month
                : PayPeriod.None;
            if (period != PayPeriod.None && FirstNumber(libelle) is { } amount)
                return new PayFacts(period, amount, hours, known);
        }
        if (raw.SalaryMin is { } min && min > 0)
        {
            var period = raw.SalaryPeriod?.ToUpperInvariant() switch
            {
                "HOUR" => PayPeriod.Hour,
                "MONTH" => PayPeriod.Month,
                "YEAR" => PayPeriod.Year,
                _ => PayPeriod.None,
            };
            return new PayFacts(period, (double)min, hours, known);
        }
        return new PayFacts(PayPeriod.None, 0, hours, known);
    }

    /// <summary>"35H Horaires normaux", "24H30", "temps partiel 24h/semaine": hours a week; 35 when unknown.</summary>
    private static (double Hours, bool Known) WeeklyHoursOf(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return (35, false);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
                continue;
            var j = i;
            while (j < text.Length && char.IsAsciiDigit(text[j]))
                j++;
            if (j < text.Length && text[j] is 'H' or 'h' && j - i <= 2)
            {
                var hours = int.Parse(text.AsSpan(i, j - i), CultureInfo.InvariantCulture);
                var k = j + 1;
                while (k < text.Length && k < j + 3 && char.IsAsciiDigit(text[k]))
                    k++;
                var minutes = k > j + 1 ? int.Parse(text.AsSpan(j + 1, k - j - 1), CultureInfo.InvariantCulture) : 0;
                if (hours is > 0 and <= 60)
                    return (hours + (minutes / 60.0), true);
            }
            i = j;
        }
        return (35, false);
    }

    private static double? FirstNumber(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
                continue;
            var j = i;
            while (j < text.Length && (char.IsAsciiDigit(text[j]) || (text[j] == '.' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))))
                j++;
            return double.Parse(text.AsSpan(i, j - i), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
        return null;
    }
}
