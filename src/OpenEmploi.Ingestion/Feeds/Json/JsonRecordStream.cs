using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OpenEmploi.Ingestion.Feeds.Json;

internal enum JsonStepKind { Record, RecordError, FeedError, End }

/// <summary>One step of a JSON feed; <see cref="Record"/> is only valid until the next step.</summary>
internal readonly record struct JsonStep(JsonStepKind Kind, ReadOnlyMemory<byte> Record, long Line, string? Message);

/// <summary>
/// Cuts a JSON feed into records without ever holding more than one record and a read buffer:
/// the elements of a top-level array, or top-level values one after another (JSON lines, also
/// pretty-printed), told apart by the first byte. A syntax error inside an array leaves the rest
/// unreadable, so reading stops there; between top-level values it resumes at the next line that
/// starts with « { ».
/// </summary>
internal sealed partial class JsonRecordStream(Stream stream)
{
    public const int MaxRecordBytes = 32 << 20;

    private static readonly JsonReaderOptions ArrayOptions = new() { CommentHandling = JsonCommentHandling.Skip };
    private static readonly JsonReaderOptions ValuesOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowMultipleValues = true };

    private readonly ByteWindow _window = new(stream, MaxRecordBytes);
    private JsonReaderState _state;
    private Mode _mode;
    private bool _arrayOpened;
    private long _stateLine = 1;
    private JsonStep _step;

    private enum Mode { Start, Array, Values, SkipLine, LineStart, Done }

    private enum Status { Produced, NeedMore, Continue }

    public async ValueTask<JsonStep> NextAsync(CancellationToken ct)
    {
        while (true)
        {
            var status = _mode switch
            {
                Mode.Start => Begin(),
                Mode.Array or Mode.Values => Step(),
                Mode.SkipLine or Mode.LineStart => Resync(),
                _ => Produce(End()),
            };
            if (status == Status.Produced)
                return _step;
            if (status == Status.NeedMore && !await _window.FillAsync(ct).ConfigureAwait(false))
            {
                var line = _window.LineAt(_window.Start);
                return Stop(JsonStepKind.RecordError, line, string.Create(CultureInfo.InvariantCulture,
                    $"ligne {line} : enregistrement de plus de {MaxRecordBytes >> 20} Mo, lecture arrêtée"));
            }
        }
    }

    private Status Begin()
    {
        var w = _window;
        if (!w.Eof && w.End < 3)
            return Status.NeedMore;
        if (w.Start == 0 && w.Pending.StartsWith(Encoding.UTF8.Preamble))
            w.SkipPrefix(3);
        w.SkipSpaces();
        if (w.Start == w.End)
            return w.Eof ? Produce(Stop(JsonStepKind.FeedError, w.LineAt(w.Start), "flux vide : aucun enregistrement JSON")) : Status.NeedMore;
        _stateLine = w.LineAt(w.Start);
        switch (w[w.Start])
        {
            case (byte)'[':
                _mode = Mode.Array;
                _state = new JsonReaderState(ArrayOptions);
                return Status.Continue;
            case (byte)'{':
                _mode = Mode.Values;
                _state = new JsonReaderState(ValuesOptions);
                return Status.Continue;
            default:
                var first = Encoding.UTF8.GetString(w.Pending[..Math.Min(20, w.End - w.Start)]);
                return Produce(Stop(JsonStepKind.FeedError, _stateLine, string.Create(CultureInfo.InvariantCulture,
                    $"ligne {_stateLine} : le flux n'est pas du JSON, il commence par {RecordProblems.Quote(first)} au lieu de « [ » ou « {{ »")));
        }
    }

    private Status Step()
    {
        var w = _window;
        var reader = new Utf8JsonReader(w.Pending, w.Eof, _state);
        try
        {
            if (!reader.Read())
            {
                if (!w.Eof)
                    return Status.NeedMore;
                // Every record before was read; what is missing is the closing bracket.
                var last = w.LastLine();
                return Produce(_mode == Mode.Array
                    ? Stop(JsonStepKind.RecordError, last, string.Create(CultureInfo.InvariantCulture,
                        $"ligne {last} : le flux se termine avant le « ] » qui ferme le tableau (flux tronqué ?)"))
                    : End());
            }
            if (_mode == Mode.Array && !_arrayOpened)
            {
                _arrayOpened = true;
                Commit(reader.BytesConsumed, reader.CurrentState);
                return Status.Continue;
            }
            if (_mode == Mode.Array && reader.TokenType == JsonTokenType.EndArray)
                return Produce(End());
            var tokenStart = w.Start + (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                return Status.NeedMore;
            var line = w.LineAt(tokenStart);
            var record = w.Slice(tokenStart, w.Start + (int)reader.BytesConsumed - tokenStart);
            Commit(reader.BytesConsumed, reader.CurrentState);
            return Produce(new JsonStep(JsonStepKind.Record, record, line, null));
        }
        catch (JsonException error)
        {
            return Produce(SyntaxError(error));
        }
    }

    /// <summary>
    /// The error is reported on the line where the broken record starts (where whoever fixes the
    /// feed looks first), with the parser's position when it is elsewhere.
    /// </summary>
    private JsonStep End() => Stop(JsonStepKind.End, _window.LineAt(_window.Start), null);

    private JsonStep Stop(JsonStepKind kind, long line, string? message)
    {
        _mode = Mode.Done;
        return new JsonStep(kind, default, line, message);
    }

    private Status Produce(JsonStep step)
    {
        _step = step;
        return Status.Produced;
    }

    private void Commit(long consumed, JsonReaderState state)
    {
        _window.Start += (int)consumed;
        _state = state;
    }
}
