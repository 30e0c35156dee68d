using System.Text;

namespace OpenEmploi.Core.Csv;

/// <summary>One record as scanned: its fields, or why it could not be read (and the line where that was seen).</summary>
public readonly record struct CsvScan(int Line, string[] Fields, string? Error, int ErrorLine);

/// <summary>
/// The RFC 4180 record scanner shared by the strict reader of reference files (<see cref="CsvReader"/>,
/// which turns an error into an exception) and the tolerant readers of imported data files (which
/// report it and go on): fields quoted only when they hold the separator, a quote or a line break,
/// CRLF tolerated. After a misplaced quote the rest of its line is skipped, so the next scan starts
/// on the next line.
/// </summary>
public sealed class CsvRecordScanner(TextReader reader, char separator = ',')
{
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];

    /// <summary>The line the next record starts on (1-based).</summary>
    public int Line { get; set; } = 1;

    public char Separator { get; set; } = separator;

    /// <summary>The next record, or null at the end of the input.</summary>
    public CsvScan? Read()
    {
        _fields.Clear();
        _field.Clear();
        var start = Line;
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
                    return new CsvScan(start, [], "guillemet ouvrant jamais refermé", start);
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
                        Line++;
                    _field.Append((char)c);
                }
            }
            else if (c == Separator)
            {
                _fields.Add(_field.ToString());
                _field.Clear();
                afterQuote = false;
            }
            else if (c == '\n' || c == -1)
            {
                if (c == '\n')
                    Line++;
                _fields.Add(_field.ToString());
                return new CsvScan(start, [.. _fields], null, 0);
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
                var errorLine = Line;
                SkipLine();
                return new CsvScan(start, [], "guillemet mal placé dans un champ", errorLine);
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
        Line++;
    }
}
