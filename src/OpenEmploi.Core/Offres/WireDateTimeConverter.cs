using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenEmploi.Core.Offres;

/// <summary>
/// Dates on the wire are UTC with exactly three fractional digits and a "Z"
/// ("2026-11-21T14:23:11.470Z"), which is not what System.Text.Json writes by default.
/// Reading accepts any ISO-8601 form and converts it to UTC.
/// </summary>
public sealed class WireDateTimeConverter : JsonConverter<DateTime>
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
            return value.UtcDateTime;
        throw new JsonException($"Date ISO-8601 attendue, lu « {ReadRaw(ref reader)} ».");
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        Span<byte> buffer = stackalloc byte[24];
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        // Truncate to milliseconds so that a round trip through the wire is stable.
        var written = FormatUtf8(utc, buffer);
        writer.WriteStringValue(buffer[..written]);
    }

    public static string ToWire(DateTime value) =>
        DateTime.SpecifyKind(value, DateTimeKind.Utc).ToString(Format, CultureInfo.InvariantCulture);

    private static int FormatUtf8(DateTime utc, Span<byte> buffer)
    {
        var ok = Utf8Formatter.TryFormat(utc.Year, buffer, out _, new StandardFormat('D', 4))
            & Utf8Formatter.TryFormat(utc.Month, buffer[5..], out _, new StandardFormat('D', 2))
            & Utf8Formatter.TryFormat(utc.Day, buffer[8..], out _, new StandardFormat('D', 2))
            & Utf8Formatter.TryFormat(utc.Hour, buffer[11..], out _, new StandardFormat('D', 2))
            & Utf8Formatter.TryFormat(utc.Minute, buffer[14..], out _, new StandardFormat('D', 2))
            & Utf8Formatter.TryFormat(utc.Second, buffer[17..], out _, new StandardFormat('D', 2))
            & Utf8Formatter.TryFormat(utc.Millisecond, buffer[20..], out _, new StandardFormat('D', 3));
        if (!ok)
            throw new JsonException($"Date hors de la plage écrivable : {utc:O}.");
        buffer[4] = (byte)'-';
        buffer[7] = (byte)'-';
        buffer[10] = (byte)'T';
        buffer[13] = (byte)':';
        buffer[16] = (byte)':';
        buffer[19] = (byte)'.';
        buffer[23] = (byte)'Z';
        return 24;
    }

    private static string ReadRaw(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() ?? "" : reader.TokenType.ToString();
}
