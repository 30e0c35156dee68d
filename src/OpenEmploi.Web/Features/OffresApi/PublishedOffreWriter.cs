using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>
/// Copies a stored offer document to a response, property by property without re-serialising
/// it, and replaces whatever `contact` it holds by the platform's apply link for the calling
/// application, and drops `agence` (an agency's phone and e-mail: the platform has no agencies,
/// and a source could put an employer's details there). Whatever ingestion let through, no
/// contact detail leaves the platform. The platform's own offers (origineOffre.origine "1") get
/// their portal page as urlOrigine, as France Travail links its own offers to its candidate site:
/// the stored document does not hold it, since the page's address depends on the host serving it.
/// The store keeps documents without contact nor agence (IOffreStore), so most documents are
/// copied whole with the contact appended (and, for the platform's own, the page's address put
/// into their bare origin object), without being parsed: that is most of a search's bytes. A
/// document that holds either is rewritten property by property.
/// </summary>
internal static class PublishedOffreWriter
{
    public const string CourrielSentence = "Pour postuler, utiliser le lien suivant : ";

    private static readonly byte[] ContactName = "contact"u8.ToArray();
    private static readonly byte[] AgenceName = "agence"u8.ToArray();
    private static readonly byte[] OrigineOffreName = "origineOffre"u8.ToArray();
    private static readonly byte[] OrigineName = "origine"u8.ToArray();
    private static readonly byte[] UrlOrigineName = "urlOrigine"u8.ToArray();

    // A property name as the serialiser writes it: inside a string value every quote is escaped
    // (\"contact\":), so these bytes only ever start a property (false positives would only take
    // the slow path). The platform's own offers need their urlOrigine written.
    private static readonly byte[] ContactProperty = "\"contact\":"u8.ToArray();
    private static readonly byte[] AgenceProperty = "\"agence\":"u8.ToArray();
    private static readonly byte[] PlatformOrigine = "\"origine\":\"1\""u8.ToArray();
    private static readonly byte[] BarePlatformOrigin = "\"origineOffre\":{\"origine\":\"1\"}"u8.ToArray();

    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText EncodedSentence = JsonEncodedText.Encode(CourrielSentence, WriterOptions.Encoder);

    public static void Write(Utf8JsonWriter writer, string storedJson, OfferLinks links)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(storedJson.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(storedJson, buffer);
            Write(writer, buffer.AsSpan(0, length), links);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static void Write(Utf8JsonWriter writer, ReadOnlySpan<byte> document, OfferLinks links)
    {
        if (!CanCopyWhole(document))
        {
            Rewrite(writer, document, links);
            return;
        }
        // The platform's own offers, stored as `"origineOffre":{"origine":"1"}`: the page's address
        // goes inside that object, the rest is copied.
        var own = document.IndexOf(BarePlatformOrigin);
        if (own >= 0)
        {
            var inside = own + BarePlatformOrigin.Length - 1;
            var page = JsonEncodedText.Encode(links.PageUrl, WriterOptions.Encoder);
            WriteAssembled(writer, document[..inside], page.EncodedUtf8Bytes, document[inside..^1], links.ApplyUrl);
        }
        else if (document.IndexOf(PlatformOrigine) >= 0)
        {
            Rewrite(writer, document, links); // The platform's own with other origin properties: rare.
        }
        else
        {
            WriteAssembled(writer, document[..^1], default, default, links.ApplyUrl);
        }
    }

    /// <summary>A compact object holding no contact and no agence.</summary>
    private static bool CanCopyWhole(ReadOnlySpan<byte> document) =>
        document.Length > 2 && document[0] == (byte)'{' && document[^1] == (byte)'}'
        && document.IndexOf(ContactProperty) < 0 && document.IndexOf(AgenceProperty) < 0;

    /// <summary>
    /// <paramref name="head"/>, then `,"urlOrigine":"…"` when <paramref name="pageUrl"/> is given,
    /// then <paramref name="tail"/>, then `,"contact":{…}}`: what <see cref="Rewrite"/> writes for
    /// the document these spans cut (its closing brace excluded).
    /// </summary>
    private static void WriteAssembled(Utf8JsonWriter writer, ReadOnlySpan<byte> head, ReadOnlySpan<byte> pageUrl, ReadOnlySpan<byte> tail, string applyUrl)
    {
        var url = JsonEncodedText.Encode(applyUrl, WriterOptions.Encoder);
        ReadOnlySpan<byte> origin = ",\"urlOrigine\":\""u8;
        ReadOnlySpan<byte> open = ",\"contact\":{\"courriel\":\""u8;
        ReadOnlySpan<byte> middle = "\",\"urlPostulation\":\""u8;
        ReadOnlySpan<byte> close = "\"}}"u8;
        var sentence = EncodedSentence.EncodedUtf8Bytes;
        var length = head.Length + origin.Length + pageUrl.Length + 1 + tail.Length
            + open.Length + sentence.Length + 2 * url.EncodedUtf8Bytes.Length + middle.Length + close.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var span = buffer.AsSpan();
            var at = Append(span, 0, head);
            if (!pageUrl.IsEmpty)
            {
                at = Append(span, at, origin);
                at = Append(span, at, pageUrl);
                at = Append(span, at, "\""u8);
            }
            at = Append(span, at, tail);
            at = Append(span, at, open);
            at = Append(span, at, sentence);
            at = Append(span, at, url.EncodedUtf8Bytes);
            at = Append(span, at, middle);
            at = Append(span, at, url.EncodedUtf8Bytes);
            at = Append(span, at, close);
            writer.WriteRawValue(span[..at], skipInputValidation: true);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int Append(Span<byte> target, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(target[at..]);
        return at + bytes.Length;
    }

    /// <summary>Copies the document property by property, replacing contact, dropping agence, completing the platform's origin.</summary>
    internal static void Rewrite(Utf8JsonWriter writer, ReadOnlySpan<byte> document, OfferLinks links)
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
            var isOrigine = reader.ValueTextEquals(OrigineOffreName);
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
                WriteContact(writer, links.ApplyUrl);
                contactWritten = true;
                continue;
            }
            var value = document[start..(int)reader.BytesConsumed];
            if (isOrigine && reader.TokenType == JsonTokenType.EndObject && IsPlatformOwn(value))
                WritePlatformOrigin(writer, value, links.PageUrl);
            else
                writer.WriteRawValue(value, skipInputValidation: true);
        }
        if (!contactWritten)
            WriteContact(writer, links.ApplyUrl);
        writer.WriteEndObject();
    }

    private static void WriteContact(Utf8JsonWriter writer, string applyUrl)
    {
        writer.WriteStartObject("contact"u8);
        writer.WriteString("courriel"u8, string.Concat(CourrielSentence, applyUrl));
        writer.WriteString("urlPostulation"u8, applyUrl);
        writer.WriteEndObject();
    }

    /// <summary>origineOffre.origine is "1": the platform's own offer.</summary>
    private static bool IsPlatformOwn(ReadOnlySpan<byte> origineOffre)
    {
        var reader = new Utf8JsonReader(origineOffre);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isOrigine = reader.ValueTextEquals(OrigineName);
            reader.Read();
            if (isOrigine)
                return reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("1"u8);
            reader.Skip();
        }
        return false;
    }

    /// <summary>The origin object with urlOrigine = the portal's page, its other properties as stored.</summary>
    private static void WritePlatformOrigin(Utf8JsonWriter writer, ReadOnlySpan<byte> origineOffre, string pageUrl)
    {
        writer.WriteStartObject();
        writer.WriteString(OrigineName, "1"u8);
        writer.WriteString(UrlOrigineName, pageUrl);
        var reader = new Utf8JsonReader(origineOffre);
        reader.Read();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var replaced = reader.ValueTextEquals(OrigineName) || reader.ValueTextEquals(UrlOrigineName);
            if (!replaced)
                writer.WritePropertyName(reader.ValueSpan);
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                reader.Skip();
            if (!replaced)
                writer.WriteRawValue(origineOffre[start..(int)reader.BytesConsumed], skipInputValidation: true);
        }
        writer.WriteEndObject();
    }
}
