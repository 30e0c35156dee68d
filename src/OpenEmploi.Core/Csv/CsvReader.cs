using System.Text;

namespace OpenEmploi.Core.Csv;

/// <summary>
/// A small RFC 4180 reader for the reference files: comma separator, fields quoted only when they
/// hold a comma, a quote or a line break. Every record knows the line it starts on, so that a
/// malformed file is reported as "file:line".
/// </summary>
public sealed class CsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly string _name;
    private readonly CsvRecordScanner _scanner;
    private string[] _header = [];

    public CsvReader(TextReader reader, string name)
    {
        _reader = reader;
        _name = name;
        _scanner = new CsvRecordScanner(reader);
    }

    public static CsvReader Open(string path) =>
        new(new StreamReader(path, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), path);

    public string Name => _name;

    public IReadOnlyList<string> Header => _header;

    /// <summary>Reads the header row and checks that it holds the given columns.</summary>
    /// <exception cref="CsvFormatException">The file is empty or lacks one of the columns.</exception>
    public CsvColumns ReadHeader(params string[] requiredColumns)
    {
        var first = ReadRecord() ?? throw new CsvFormatException(_name, 1, "fichier vide, ligne d'en-tête attendue");
        _header = [.. first.Fields];
        var columns = new CsvColumns(_name, _header);
        foreach (var column in requiredColumns)
            columns.IndexOf(column);
        return columns;
    }

    /// <summary>Reads all records after the header; each must have as many fields as the header.</summary>
    public IEnumerable<CsvRecord> ReadRecords()
    {
        while (ReadRecord() is { } record)
        {
            if (record.Fields.Count != _header.Length)
            {
                throw new CsvFormatException(_name, record.Line,
                    $"{record.Fields.Count} champs au lieu des {_header.Length} de l'en-tête");
            }
            yield return record;
        }
    }

    private CsvRecord? ReadRecord()
    {
        if (_scanner.Read() is not { } scan)
            return null;
        if (scan.Error is { } error)
            throw new CsvFormatException(_name, scan.ErrorLine, error);
        return new CsvRecord(scan.Line, scan.Fields);
    }

    public void Dispose() => _reader.Dispose();
}

/// <summary>One record and the line of the file it starts on (1 = the header).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields)
{
    public string this[int index] => Fields[index];
}

/// <summary>Column positions by name, resolved once from the header.</summary>
public sealed class CsvColumns(string fileName, IReadOnlyList<string> header)
{
    public int IndexOf(string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i], column, StringComparison.Ordinal))
                return i;
        }
        throw new CsvFormatException(fileName, 1, $"colonne « {column} » absente de l'en-tête");
    }
}

/// <summary>A reference or feed file that does not parse, with where and why.</summary>
public sealed class CsvFormatException(string file, int line, string reason)
    : FormatException($"{file}:{line}: {reason}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}
