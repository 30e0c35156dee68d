using System.Globalization;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Facts;

/// <summary>
/// Reads the numbers France Travail writes inside labels: "35H30 Horaires normaux",
/// "CDD - 6 Mois", "Expérience exigée de 3 An(s)", "Mensuel de 1923.00 Euros à 2100.00 Euros sur
/// 12 mois". Each parser returns null on a label it does not recognise, never throws: a partner's
/// odd label must not stop the index.
/// </summary>
public static class WireLabels
{
    /// <summary>"35H", "35H30", "24H Travail en équipe" → minutes per week.</summary>
    public static int? WeeklyMinutes(string? dureeTravailLibelle)
    {
        if (string.IsNullOrEmpty(dureeTravailLibelle))
            return null;
        var span = dureeTravailLibelle.AsSpan().TrimStart();
        var hours = LeadingInteger(span, out var used);
        if (hours is null || used >= span.Length || (span[used] != 'H' && span[used] != 'h'))
            return null;
        var rest = span[(used + 1)..];
        var minutes = LeadingInteger(rest, out var minuteDigits);
        return (hours.Value * 60) + (minuteDigits == 2 && minutes < 60 ? minutes!.Value : 0);
    }

    /// <summary>"CDD - 6 Mois" → 6; "Mission intérimaire - 15 Jour(s)" → 0.5; "CDI" → null.</summary>
    public static decimal? ContractMonths(string? typeContratLibelle)
    {
        if (string.IsNullOrEmpty(typeContratLibelle))
            return null;
        var dash = typeContratLibelle.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0)
            return null;
        var tail = typeContratLibelle.AsSpan(dash + 3).Trim();
        var count = LeadingInteger(tail, out var used);
        if (count is null)
            return null;
        var unit = tail[used..].Trim();
        if (unit.StartsWith("Mois", StringComparison.OrdinalIgnoreCase))
            return count.Value;
        if (unit.StartsWith("Jour", StringComparison.OrdinalIgnoreCase))
            return Math.Round(count.Value / 30m, 2);
        if (unit.StartsWith("An", StringComparison.OrdinalIgnoreCase))
            return count.Value * 12m;
        return null;
    }

    /// <summary>
    /// The API's experience bands from the label: "Débutant accepté" and durations under a year →
    /// under a year; 1 to 3 years (3 included) → 1–3 years; more → over 3 years; anything else →
    /// not specified.
    /// </summary>
    public static ExperienceBand ExperienceBand(string? experienceExige, string? experienceLibelle)
    {
        var months = ExperienceMonths(experienceLibelle);
        if (months is null)
            return experienceExige == "D" ? Query.ExperienceBand.MoinsDunAn : Query.ExperienceBand.NonPrecisee;
        return months.Value switch
        {
            < 12 => Query.ExperienceBand.MoinsDunAn,
            <= 36 => Query.ExperienceBand.UnATroisAns,
            _ => Query.ExperienceBand.PlusDeTroisAns,
        };
    }

    /// <summary>"6 Mois", "2 ans - en restauration", "Expérience exigée de 3 An(s)" → months.</summary>
    public static int? ExperienceMonths(string? experienceLibelle)
    {
        if (string.IsNullOrEmpty(experienceLibelle))
            return null;
        var span = experienceLibelle.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsAsciiDigit(span[i]) || (i > 0 && char.IsAsciiDigit(span[i - 1])))
                continue;
            var count = LeadingInteger(span[i..], out var used);
            var unit = span[(i + used)..].TrimStart();
            if (unit.StartsWith("an", StringComparison.OrdinalIgnoreCase))
                return count * 12;
            if (unit.StartsWith("mois", StringComparison.OrdinalIgnoreCase))
                return count;
        }
        return null;
    }

    /// <summary>"Mensuel de 1923.00 Euros à 2100.00 Euros sur 12 mois" → (Mensuel, 1923, 2100).</summary>
    public static (SalaryPeriod Period, decimal Min, decimal Max)? Salary(string? salaireLibelle)
    {
        if (string.IsNullOrEmpty(salaireLibelle))
            return null;
        SalaryPeriod period;
        if (salaireLibelle.StartsWith("Mensuel", StringComparison.OrdinalIgnoreCase))
            period = SalaryPeriod.Mensuel;
        else if (salaireLibelle.StartsWith("Annuel", StringComparison.OrdinalIgnoreCase))
            period = SalaryPeriod.Annuel;
        else if (salaireLibelle.StartsWith("Horaire", StringComparison.OrdinalIgnoreCase))
            period = SalaryPeriod.Horaire;
        else if (salaireLibelle.StartsWith("Cachet", StringComparison.OrdinalIgnoreCase))
            period = SalaryPeriod.Cachet;
        else
            return null;

        var first = AmountAfter(salaireLibelle, " de ", 0, out var end);
        if (first is null)
            return null;
        var second = AmountAfter(salaireLibelle, " à ", end, out _);
        var max = second is { } s && s >= first.Value ? s : first.Value;
        return (period, first.Value, max);
    }

    private static decimal? AmountAfter(string text, string marker, int from, out int end)
    {
        end = from;
        var at = text.IndexOf(marker, from, StringComparison.Ordinal);
        if (at < 0)
            return null;
        var start = at + marker.Length;
        var stop = start;
        while (stop < text.Length && (char.IsAsciiDigit(text[stop]) || text[stop] == '.' || text[stop] == ','))
            stop++;
        end = stop;
        var number = text.AsSpan(start, stop - start).ToString().Replace(',', '.');
        return decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static int? LeadingInteger(ReadOnlySpan<char> span, out int used)
    {
        used = 0;
        var value = 0;
        while (used < span.Length && char.IsAsciiDigit(span[used]) && used < 6)
        {
            value = (value * 10) + (span[used] - '0');
            used++;
        }
        return used == 0 ? null : value;
    }
}
