using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenEmploi.OpenData.Dataset;

namespace OpenEmploi.OpenData.Writing;

/// <summary>
/// The JSON lines file: one object per offer and per line, with every column of the dictionary as
/// a key, in dictionary order; null for no value; numbers and booleans as JSON numbers and
/// booleans; dates as "YYYY-MM-DD" strings.
/// </summary>
internal sealed class JsonLinesRowWriter : ICellSink, IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Accents as they are: the file is UTF-8, and "\u00e9" in every description helps nobody.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private readonly Stream _stream;
    // Each row is written to this buffer, then to the stream in one write: a Utf8JsonWriter over the
    // stream itself would flush the stream at each row, and a flushed gzip stream ends its deflate
    // block there (a sync flush per row made the file some 15 % larger).
    private readonly ArrayBufferWriter<byte> _row = new(4096);
    private readonly Utf8JsonWriter _json;
    private int _column;

    public JsonLinesRowWriter(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(_row, Options);
    }

    public void WriteRow(AnonymisedOffre row)
    {
        _json.WriteStartObject();
        _column = 0;
        foreach (var column in ExportColumns.All)
            column.Write(row, this);
        _json.WriteEndObject();
        _json.Flush();
        _stream.Write(_row.WrittenSpan);
        _stream.WriteByte((byte)'\n');
        _row.ResetWrittenCount();
        _json.Reset();
    }

    public void WriteText(string? value)
    {
        var name = NextName();
        if (value is null)
            _json.WriteNull(name);
        else
            _json.WriteString(name, value);
    }

    public void WriteInteger(long? value)
    {
        var name = NextName();
        if (value is { } v)
            _json.WriteNumber(name, v);
        else
            _json.WriteNull(name);
    }

    public void WriteNumber(decimal? value)
    {
        var name = NextName();
        if (value is { } v)
            _json.WriteNumber(name, decimal.Parse(v.ToString("0.##", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
        else
            _json.WriteNull(name);
    }

    public void WriteBoolean(bool value) => _json.WriteBoolean(NextName(), value);

    public void WriteDate(DateOnly value) => _json.WriteString(NextName(), value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private string NextName() => ExportColumns.All[_column++].Name;

    public void Dispose() => _json.Dispose();
}
