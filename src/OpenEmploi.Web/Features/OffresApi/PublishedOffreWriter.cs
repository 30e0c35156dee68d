using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>
/// Copies a stored offer document to a response, property by property without re-serialising
/// it, and replaces whatever `contact` it holds by the platform's apply link for the calling
/// application, and drops `agence` (an agency's phone and e-mail: the platform has no agencies,
/// and a source could put an employer's details there). Whatever ingestion let through, no
/// contact detail leaves the platform.
/// </summary>
internal static class PublishedOffreWriter
{
    public const string CourrielSentence = "Pour postuler, utiliser le lien suivant : ";

    private static readonly byte[] ContactName = "contact"u8.ToArray();
    private static readonly byte[] AgenceName = "agence"u8.ToArray();

    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    public static void Write(Utf8JsonWriter writer, string storedJson, string applyUrl)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(storedJson.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(storedJson, buffer);
            Write(writer, buffer.AsSpan(0, length), applyUrl);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> document, string applyUrl)
    {
        var reader = new Utf8JsonReader(document);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("Un document d'offre stocké n'est pas un objet JSON.");
        writer.WriteStartObject();
        var contactWritten = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isContact = reader.ValueTextEquals(ContactName);
            var isAgence = reader.ValueTextEquals(AgenceName);
            if (!isContact && !isAgence)
                writer.WritePropertyName(reader.ValueSpan);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                reader.Skip();
            if (isAgence)
                continue;
            if (isContact)
            {
                WriteContact(writer, applyUrl);
                contactWritten = true;
                continue;
            }
            writer.WriteRawValue(document[start..(int)reader.BytesConsumed], skipInputValidation: true);
        }
        if (!contactWritten)
            WriteContact(writer, applyUrl);
        writer.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter writer, string applyUrl)
    {
        writer.WriteStartObject("contact"u8);
        writer.WriteString("courriel"u8, string.Concat(CourrielSentence, applyUrl));
        writer.WriteString("urlPostulation"u8, applyUrl);
        writer.WriteEndObject();
    }
}
