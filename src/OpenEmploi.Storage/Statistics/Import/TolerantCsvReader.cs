using OpenEmploi.Core.Csv;

namespace OpenEmploi.Storage.Statistics.Import;

/// <summary>One record of a data file: its fields, or why it could not be read, and the line it starts on.</summary>
internal sealed record CsvLine(int Line, string[] Fields, string? Error);

/// <summary>
/// An RFC 4180 reader for data files that may be damaged: a record that does not parse (a stray
/// quote, a quote never closed) is handed back with its error and the reader goes on at the next
/// line, so that one bad line never stops an import of millions. The separator is the header's:
/// a semicolon when the header has one and no comma (French open-data files), else a comma.
/// </summary>
internal sealed class TolerantCsvReader(TextReader reader)
{
    private readonly CsvRecordScanner _scanner = new(reader);

    public string[] ReadHeader()
    {
        var first = reader.ReadLine() ?? throw new CsvFormatException("", 1, "fichier vide, ligne d'en-tête attendue");
        _scanner.Line = 2;
        first = first.TrimStart('\uFEFF');
        _scanner.Separator = first.Contains(';', StringComparison.Ordinal) && !first.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        return [.. first.Split(_scanner.Separator).Select(h => h.Trim().Trim('"'))];
    }

    public IEnumerable<CsvLine> ReadRecords()
    {
        while (Read() is { } record)
        {
            // A blank line (often the last) is no record.
            if (record.Error is null && record.Fields is [""])
                continue;
            yield return record;
        }
    }

    private CsvLine? Read() =>
        _scanner.Read() is { } scan ? new CsvLine(scan.Line, scan.Fields, scan.Error) : null;
}
