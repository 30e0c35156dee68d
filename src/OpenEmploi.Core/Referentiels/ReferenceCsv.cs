using System.Globalization;
using System.Text;
using OpenEmploi.Core.Csv;

namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// Reads one reference CSV into a list, turning every format problem (missing file, bad header,
/// wrong field count, unclosed quote, bad value, dangling code) into a <see cref="ReferenceDataException"/>
/// that names the file and the line.
/// </summary>
internal static class ReferenceCsv
{
    // ReferenceRow indexes follow the order of `columns`, not the file's.
    public static List<T> Read<T>(string directory, string relativePath, string[] columns, Func<ReferenceRow, T> map)
    {
        var path = Path.Combine(directory, relativePath);
        if (!File.Exists(path))
            throw new ReferenceDataException(path, null, "fichier de référence absent");
        try
        {
            // Reading the whole file first (at most 4 MB) makes the reader's per-character calls cheap.
            using var reader = new CsvReader(new StringReader(File.ReadAllText(path, Encoding.UTF8)), path);
            var header = reader.ReadHeader(columns);
            var positions = new int[columns.Length];
            for (var i = 0; i < columns.Length; i++)
                positions[i] = header.IndexOf(columns[i]);

            var rows = new List<T>();
            foreach (var record in reader.ReadRecords())
                rows.Add(map(new ReferenceRow(path, record, positions)));
            return rows;
        }
        catch (CsvFormatException e)
        {
            throw new ReferenceDataException(e.File, e.Line, e.Reason, e);
        }
        catch (IOException e)
        {
            throw new ReferenceDataException(path, null, $"lecture impossible : {e.Message}", e);
        }
    }
}

/// <summary>One record seen through the columns a loader asked for, with typed readers that fail with file:line.</summary>
internal readonly struct ReferenceRow(string file, CsvRecord record, int[] positions)
{
    public int Line => record.Line;

    public string this[int column] => record.Fields[positions[column]];

    public string Required(int column)
    {
        var value = this[column];
        return value.Length > 0 ? value : throw Fail($"valeur vide pour un champ obligatoire (colonne {column + 1} demandée)");
    }

    public string? Optional(int column)
    {
        var value = this[column];
        return value.Length > 0 ? value : null;
    }

    public int IntOrZero(int column)
    {
        var value = this[column];
        if (value.Length == 0)
            return 0;
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw Fail($"entier attendu, lu « {value} »");
    }

    public double? OptionalDouble(int column)
    {
        var value = this[column];
        if (value.Length == 0)
            return null;
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw Fail($"nombre attendu, lu « {value} »");
    }

    /// <summary>ROME and code-list flags: "O" yes, "N" no, empty when France Travail left it blank.</summary>
    public bool? OptionalFlag(int column) => this[column] switch
    {
        "O" => true,
        "N" => false,
        "" => null,
        var other => throw Fail($"« O » ou « N » attendu, lu « {other} »"),
    };

    public bool Flag(int column) => OptionalFlag(column) ?? throw Fail("« O » ou « N » attendu, lu une valeur vide");

    public Zone Zone(int column) => this[column] switch
    {
        "metro" => Referentiels.Zone.Metro,
        "drom" => Referentiels.Zone.Drom,
        "com" => Referentiels.Zone.Com,
        var other => throw Fail($"zone « metro », « drom » ou « com » attendue, lue « {other} »"),
    };

    /// <summary>Adds a row under its code, failing on a second row with the same code.</summary>
    public void AddUnique<TValue>(Dictionary<string, TValue> table, string code, TValue value)
    {
        if (!table.TryAdd(code, value))
            throw Fail($"code « {code} » en double");
    }

    public ReferenceDataException Fail(string reason) => new(file, record.Line, reason);

    /// <summary>Checks that a code this row points to exists in an already loaded table.</summary>
    public void RequireKnown<TValue>(IReadOnlyDictionary<string, TValue> table, string code, string what)
    {
        if (!table.ContainsKey(code))
            throw Fail($"{what} « {code} » inconnu");
    }
}
