using System.Globalization;

namespace OpenEmploi.Web.Features.OffresApi.Parameters;

/// <summary>
/// The numeric and date parameters. Every malformed or out-of-range value is « X » incorrecte
/// (ours: the API gives no other text for them).
/// </summary>
internal static class NumberParameters
{
    /// <summary>
    /// Upper bound of distance (ours). 1,000 km around any metropolitan commune already covers
    /// metropolitan France; larger radii would only reach overseas, which no client means.
    /// </summary>
    public const int MaxDistanceKm = 1000;

    public const decimal MaxContractMonths = 99;

    /// <summary>distance: kilometres, an unsigned integer 0–1000.</summary>
    public static int? DistanceKm(QueryReader reader)
    {
        if (reader.Value("distance") is not { } value)
            return null;
        if (value.Length <= 4 && OnlyDigits(value)
            && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var km) && km <= MaxDistanceKm)
            return km;
        reader.Fail(ParameterErrors.ValeurIncorrecte("distance"));
        return null;
    }

    /// <summary>dureeHebdoMin/Max: "HHMM" (exactly four digits, minutes 00–59), as minutes per week.</summary>
    public static int? WeeklyMinutes(QueryReader reader, string name)
    {
        if (reader.Value(name) is not { } value)
            return null;
        if (value.Length == 4 && OnlyDigits(value))
        {
            var hours = ((value[0] - '0') * 10) + (value[1] - '0');
            var minutes = ((value[2] - '0') * 10) + (value[3] - '0');
            if (minutes < 60)
                return (hours * 60) + minutes;
        }
        reader.Fail(ParameterErrors.ValeurIncorrecte(name));
        return null;
    }

    /// <summary>dureeContratMin/Max: months, decimal 0–99 with '.' or ',' (at most 4 decimals).</summary>
    public static decimal? ContractMonths(QueryReader reader, string name)
    {
        if (reader.Value(name) is not { } value)
            return null;
        if (TryDecimal(value, 2, 4, out var months) && months <= MaxContractMonths)
            return months;
        reader.Fail(ParameterErrors.ValeurIncorrecte(name));
        return null;
    }

    /// <summary>salaireMin: an amount ≥ 0 with '.' or ',' (up to 9 integer digits, 4 decimals).</summary>
    public static decimal? Salary(QueryReader reader)
    {
        if (reader.Value("salaireMin") is not { } value)
            return null;
        if (TryDecimal(value, 9, 4, out var amount))
            return amount;
        reader.Fail(ParameterErrors.ValeurIncorrecte("salaireMin"));
        return null;
    }

    /// <summary>minCreationDate/maxCreationDate: exactly yyyy-MM-ddTHH:mm:ssZ, read as UTC.</summary>
    public static DateTime? CreationDate(QueryReader reader, string name)
    {
        if (reader.Value(name) is not { } value)
            return null;
        if (DateTime.TryParseExact(value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date))
            return date;
        reader.Fail(ParameterErrors.ValeurIncorrecte(name));
        return null;
    }

    // Unsigned decimal: 1..maxInteger digits, then optionally '.' or ',' and 1..maxDecimals digits.
    private static bool TryDecimal(string value, int maxInteger, int maxDecimals, out decimal result)
    {
        result = 0;
        var separator = value.AsSpan().IndexOfAny('.', ',');
        var integer = separator < 0 ? value.AsSpan() : value.AsSpan(0, separator);
        var fraction = separator < 0 ? [] : value.AsSpan(separator + 1);
        if (integer.Length is 0 || integer.Length > maxInteger || !OnlyDigits(integer))
            return false;
        if (separator >= 0 && (fraction.Length is 0 || fraction.Length > maxDecimals || !OnlyDigits(fraction)))
            return false;
        var normalised = separator < 0 ? value : string.Concat(integer, ".", fraction);
        return decimal.TryParse(normalised, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result);
    }

    private static bool OnlyDigits(ReadOnlySpan<char> text) => !text.ContainsAnyExceptInRange('0', '9');
}
