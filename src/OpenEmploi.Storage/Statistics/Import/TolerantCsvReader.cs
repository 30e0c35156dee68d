using System.Text;

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
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _line = 1;
    private char _separator = ',';

    public string[] ReadHeader()
    {
        var first = reader.ReadLine() ?? throw new Core.Csv.CsvFormatException("", 1, "fichier vide, ligne d'en-tête attendue");
        _line = 2;
        first = first.TrimStart('\uFEFF');
        _separator = first.Contains(';', StringComparison.Ordinal) && !first.Contains(',', StringComparison.Ordinal) ? ';' : ',';
        return [.. first.Split(_separator).Select(h => h.Trim().Trim('"'))];
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

    private CsvLine? Read()
    {
        _fields.Clear();
        _field.Clear();
        var start = _line;
        var c = reader.Read();
        if (c == -1)
            return null;
        var quoted = false;
        var afterQuote = false;
        while (true)
        {
            if (quoted)
            {
                if (c == -1)
                    return new CsvLine(start, [], "guillemet ouvrant jamais refermé");
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                        _line++;
                    _field.Append((char)c);
                }
            }
            else if (c == _separator)
            {
                _fields.Add(_field.ToString());
                _field.Clear();
                afterQuote = false;
            }
            else if (c == '\n' || c == -1)
            {
                if (c == '\n')
                    _line++;
                _fields.Add(_field.ToString());
                return new CsvLine(start, [.. _fields], null);
            }
            else if (c == '\r' && reader.Peek() == '\n')
            {
                // CRLF: the \n that follows ends the record.
            }
            else if (c == '"' && _field.Length == 0 && !afterQuote)
            {
                quoted = true;
            }
            else if (afterQuote || c == '"')
            {
                SkipLine();
                return new CsvLine(start, [], "guillemet mal placé dans un champ");
            }
            else
            {
                _field.Append((char)c);
            }
            c = reader.Read();
        }
    }

    private void SkipLine()
    {
        int c;
        while ((c = reader.Read()) != -1 && c != '\n')
        {
        }
        _line++;
    }
}
