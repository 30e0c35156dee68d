using System.Globalization;
using System.Text.Json;

namespace OpenEmploi.Ingestion.Feeds.Json;

// What happens after a syntax error: stop inside an array, resynchronise between top-level values.
internal sealed partial class JsonRecordStream
{
    /// <summary>
    /// The error is reported on the line where the broken record starts (where whoever fixes the
    /// feed looks first), with the parser's position when it is elsewhere.
    /// </summary>
    private JsonStep SyntaxError(JsonException error)
    {
        var w = _window;
        w.SkipSpaces();
        if (_mode == Mode.Array && w.Start < w.End && w[w.Start] == (byte)',')
        {
            w.Start++;
            w.SkipSpaces();
        }
        if (_mode == Mode.Array && w.Eof && w.Start == w.End)
            return Stop(JsonStepKind.RecordError, w.LastLine(), string.Create(CultureInfo.InvariantCulture,
                $"ligne {w.LastLine()} : le flux se termine avant le « ] » qui ferme le tableau (flux tronqué ?)"));
        var recordLine = w.LineAt(w.Start);
        var line = _stateLine + (error.LineNumber ?? 0);
        var where = line == recordLine
            ? string.Create(CultureInfo.InvariantCulture, $"ligne {line}, position {(error.BytePositionInLine ?? 0) + 1}")
            : string.Create(CultureInfo.InvariantCulture, $"ligne {recordLine} (erreur ligne {line}, position {(error.BytePositionInLine ?? 0) + 1})");
        var what = w.Eof && line >= w.LastLine()
            ? string.Create(CultureInfo.InvariantCulture, $"ligne {recordLine} : enregistrement tronqué, le flux se termine au milieu d'un enregistrement JSON")
            : string.Concat(where, " : JSON mal formé");
        if (_mode == Mode.Array)
            return Stop(JsonStepKind.RecordError, recordLine, string.Concat(what, ", lecture arrêtée (un tableau JSON ne se relit pas après une erreur de syntaxe)"));
        // Resume after the broken record's first line: at worst the rest of a pretty-printed record is skipped.
        _mode = Mode.SkipLine;
        return new JsonStep(JsonStepKind.RecordError, default, recordLine, string.Concat(what, ", lecture reprise à la ligne suivante commençant par « { »"));
    }

    /// <summary>After a broken top-level value: skip to the next line that starts with « { ».</summary>
    private Status Resync()
    {
        var w = _window;
        while (w.Start < w.End)
        {
            if (_mode == Mode.SkipLine)
            {
                var newline = w.Pending.IndexOf((byte)'\n');
                if (newline < 0)
                {
                    w.Start = w.End;
                    break;
                }
                w.Start += newline + 1;
                _mode = Mode.LineStart;
                continue;
            }
            var b = w[w.Start];
            if (ByteWindow.IsSpace(b))
            {
                w.Start++;
                continue;
            }
            if (b != (byte)'{')
            {
                _mode = Mode.SkipLine;
                continue;
            }
            _mode = Mode.Values;
            _state = new JsonReaderState(ValuesOptions);
            _stateLine = w.LineAt(w.Start);
            return Status.Continue;
        }
        return w.Eof ? Produce(End()) : Status.NeedMore;
    }
}
