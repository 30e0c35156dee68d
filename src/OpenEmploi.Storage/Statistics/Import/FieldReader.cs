using System.Globalization;

namespace OpenEmploi.Storage.Statistics.Import;

/// <summary>A row that could not be imported, or one of its fields: where, what and why, in French.</summary>
/// <param name="Line">Line of the file the record starts on (1 is the header).</param>
/// <param name="Column">The column at fault, null when the whole record is.</param>
/// <param name="Value">The value found, null when the whole record is at fault.</param>
/// <param name="Reason">Why, in French.</param>
public sealed record ImportError(int Line, string? Column, string? Value, string Reason)
{
    public override string ToString() => Column is null
        ? $"ligne {Line} : {Reason}"
        : $"ligne {Line}, colonne « {Column} » : valeur « {Value} » refusée ({Reason})";
}

/// <summary>Every error counted, the first <see cref="Kept"/> kept: a file of millions of bad rows must not fill the memory.</summary>
public sealed class ImportErrorLog
{
    public const int Kept = 1_000;

    private readonly List<ImportError> _first = [];

    public long Count { get; private set; }

    public IReadOnlyList<ImportError> First => _first;

    public void Add(ImportError error)
    {
        Count++;
        if (_first.Count < Kept)
            _first.Add(error);
    }
}

/// <summary>
/// Reads the fields of one record by column, checking each: a bad field records an
/// <see cref="ImportError"/> and gives a placeholder, so that all the faults of a row are reported
/// at once; the row is dropped when any field failed (<see cref="Failed"/>).
/// </summary>
internal sealed class FieldReader(string[] columns, int[] positions, ImportErrorLog errors)
{
    private CsvLine _line = new(0, [], null);

    public bool Failed { get; private set; }

    public void Start(CsvLine line)
    {
        _line = line;
        Failed = false;
    }

    /// <summary>The trimmed value of column <paramref name="i"/> of the table's columns ("" when the file lacks that optional column).</summary>
    public string Raw(int i) => positions[i] < 0 ? "" : _line.Fields[positions[i]].Trim();

    public string Text(int i, int maxLength = 200)
    {
        var value = Raw(i);
        if (value.Length == 0)
            return Fail(i, value, "valeur obligatoire", "");
        return value.Length > maxLength ? Fail(i, value, $"au plus {maxLength} caractères", "") : value;
    }

    public string? OptionalText(int i, int maxLength = 200)
    {
        var value = Raw(i);
        return value.Length == 0 ? null : value.Length > maxLength ? Fail<string?>(i, value, $"au plus {maxLength} caractères", null) : value;
    }

    /// <summary>A code of a given shape (e.g. ROME "G1602"), checked by <paramref name="valid"/>.</summary>
    public string Code(int i, Func<string, bool> valid, string expected)
    {
        var value = Raw(i);
        return valid(value) ? value : Fail(i, value, "attendu " + expected, "");
    }

    public string? OptionalCode(int i, Func<string, bool> valid, string expected)
    {
        var value = Raw(i);
        return value.Length == 0 ? null : valid(value) ? value : Fail<string?>(i, value, "attendu " + expected, null);
    }

    public int Int(int i, int min, int max)
    {
        var value = Raw(i);
        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : Fail(i, value, $"entier de {min.ToString(CultureInfo.InvariantCulture)} à {max.ToString(CultureInfo.InvariantCulture)} attendu", 0);
    }

    public double? OptionalDouble(int i, double min, double max)
    {
        var value = Raw(i);
        if (value.Length == 0)
            return null;
        return double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : Fail<double?>(i, value, $"nombre décimal de {min.ToString(CultureInfo.InvariantCulture)} à {max.ToString(CultureInfo.InvariantCulture)} attendu", null);
    }

    /// <summary>A day, AAAA-MM-JJ (a time after it, as some exports add, is ignored).</summary>
    public DateOnly Day(int i) => OptionalDay(i) ?? (Failed && HasValue(i) ? default : Fail(i, Raw(i), "date AAAA-MM-JJ obligatoire", default(DateOnly)));

    public DateOnly? OptionalDay(int i)
    {
        var value = Raw(i);
        if (value.Length == 0)
            return null;
        var day = value.Length > 10 && value[10] is 'T' or ' ' ? value[..10] : value;
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : Fail<DateOnly?>(i, value, "date AAAA-MM-JJ attendue", null);
    }

    /// <summary>A month, AAAA-MM (or a day of it), as its first day.</summary>
    public DateOnly Month(int i)
    {
        var value = Raw(i);
        if (value.Length >= 7 && DateOnly.TryParseExact(value[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && (value.Length == 7 || DateOnly.TryParseExact(value[..Math.Min(10, value.Length)], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)))
        {
            return month;
        }
        return Fail(i, value, "mois AAAA-MM attendu", default(DateOnly));
    }

    /// <summary>One of a fixed set of codes (case-insensitive), e.g. the job-seeker categories.</summary>
    public T Choice<T>(int i, IReadOnlyDictionary<string, T> choices, string expected) where T : struct
    {
        var value = Raw(i);
        return choices.TryGetValue(value.ToUpperInvariant(), out var choice) ? choice : Fail(i, value, "attendu " + expected, default(T));
    }

    public T? OptionalChoice<T>(int i, IReadOnlyDictionary<string, T> choices, string expected) where T : struct
    {
        var value = Raw(i);
        if (value.Length == 0)
            return null;
        return choices.TryGetValue(value.ToUpperInvariant(), out var choice) ? choice : Fail<T?>(i, value, "attendu " + expected, null);
    }

    /// <summary>Records a fault that is about the row rather than one field (e.g. an exit before the registration).</summary>
    public void FailRow(int i, string reason) => Fail(i, Raw(i), reason, 0);

    private bool HasValue(int i) => Raw(i).Length > 0;

    private string Fail(int i, string value, string reason, string placeholder) => Fail<string>(i, value, reason, placeholder);

    private T Fail<T>(int i, string value, string reason, T placeholder)
    {
        Failed = true;
        errors.Add(new ImportError(_line.Line, columns[i], value, reason));
        return placeholder;
    }
}
