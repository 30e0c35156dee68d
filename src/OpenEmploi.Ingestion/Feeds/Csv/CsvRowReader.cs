using System.Text;

namespace OpenEmploi.Ingestion.Feeds.Csv;

/// <summary>
/// RFC 4180 rows from a text stream, one at a time (Core's CsvReader throws at the first bad row
/// and knows only commas). A row with a misplaced quote is still cut at its end and comes back
/// with a <see cref="Problem"/>, so that reading goes on with the next row. Empty lines are skipped.
/// </summary>
internal sealed class CsvRowReader(TextReader reader)
{
    /// <summary>A field longer than this is an unclosed quote swallowing the feed: cut it, report it, resume at the next line.</summary>
    public const int MaxFieldLength = 1 << 20;

    private readonly char[] _buffer = new char[1 << 16];
    private readonly StringBuilder _field = new();
    private int _pos;
    private int _len;
    private bool _eof;
    private long _nextLine = 1;
    private bool _quoted;
    private bool _quotePending;
    private bool _afterQuote;
    private bool _started;

    public char Separator { get; set; } = ';';

    public List<string> Fields { get; } = [];

    /// <summary>Line the current row starts on (1 = the header).</summary>
    public long Line { get; private set; }

    /// <summary>What is wrong with the current row's quoting, if anything.</summary>
    public string? Problem { get; private set; }

    /// <summary>The feed's first line, before any row is read: enough to tell « ; » from « , ».</summary>
    public async ValueTask<string> PeekFirstLineAsync(CancellationToken ct)
    {
        while (!_eof && _buffer.AsSpan(_pos, _len - _pos).IndexOf('\n') < 0 && _len < _buffer.Length)
        {
            var read = await reader.ReadAsync(_buffer.AsMemory(_len), ct).ConfigureAwait(false);
            _eof = read == 0;
            _len += read;
        }
        var span = _buffer.AsSpan(_pos, _len - _pos);
        var end = span.IndexOf('\n');
        return (end < 0 ? span : span[..end]).ToString();
    }

    public async ValueTask<bool> ReadAsync(CancellationToken ct)
    {
        Fields.Clear();
        _field.Clear();
        Problem = null;
        _quoted = _quotePending = _afterQuote = _started = false;
        Line = _nextLine;
        while (true)
        {
            if (Scan())
                return true;
            if (!_eof)
            {
                _len = await reader.ReadAsync(_buffer, ct).ConfigureAwait(false);
                _pos = 0;
                _eof = _len == 0;
                continue;
            }
            // End of the feed: a closing quote needs no following character, an opening one does.
            if (_quoted && !_quotePending)
                Problem ??= "guillemet ouvrant jamais refermé avant la fin du flux (enregistrement tronqué ?)";
            if (!_started)
                return false;
            EndField();
            return true;
        }
    }

    /// <summary>Consumes buffered characters; true when a row is complete.</summary>
    private bool Scan()
    {
        while (_pos < _len)
        {
            var c = _buffer[_pos++];
            if (_quotePending)
            {
                _quotePending = false;
                if (c == '"')
                {
                    Append(c);
                    continue;
                }
                _quoted = false;
                _afterQuote = true;
            }
            if (_quoted)
            {
                if (c == '"')
                    _quotePending = true;
                else if (c != '\r')
                    Append(c);
                if (c == '\n')
                    _nextLine++;
                continue;
            }
            switch (c)
            {
                case '\n':
                    _nextLine++;
                    if (!_started)
                    {
                        Line = _nextLine;
                        continue;
                    }
                    EndField();
                    return true;
                case '\r':
                    continue;
                case '"' when _field.Length == 0 && !_afterQuote:
                    _started = _quoted = true;
                    continue;
                case '"':
                    Problem ??= "guillemet au milieu d'un champ (un champ qui contient des guillemets doit être entre guillemets et les doubler)";
                    break;
            }
            _started = true;
            if (c == Separator)
            {
                EndField();
                continue;
            }
            if (_afterQuote && !char.IsWhiteSpace(c))
                Problem ??= "texte après le guillemet fermant d'un champ";
            Append(c);
        }
        return false;
    }

    private void Append(char c)
    {
        if (_field.Length < MaxFieldLength)
        {
            _field.Append(c);
            return;
        }
        if (_quoted)
        {
            // Most likely an unclosed quote: stop quoting so that the next line ends the row.
            Problem ??= "champ de plus d'un million de caractères : guillemet ouvrant jamais refermé ?";
            _quoted = false;
        }
    }

    private void EndField()
    {
        Fields.Add(_field.ToString());
        _field.Clear();
        _afterQuote = false;
    }
}
