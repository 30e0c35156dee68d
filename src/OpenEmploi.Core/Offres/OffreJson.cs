using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenEmploi.Core.Offres;

/// <summary>
/// Reads and writes offers exactly as the wire contract says: camel-cased names, empty strings,
/// empty lists and nulls omitted, dates as "yyyy-MM-ddTHH:mm:ss.fffZ". Source-generated, so
/// serialising a million offers costs no reflection.
/// </summary>
public static class OffreJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonTypeInfo<Offre> OffreInfo { get; } = (JsonTypeInfo<Offre>)Options.GetTypeInfo(typeof(Offre));

    public static string Serialize(Offre offre) => JsonSerializer.Serialize(offre, OffreInfo);

    public static byte[] SerializeToUtf8(Offre offre) => JsonSerializer.SerializeToUtf8Bytes(offre, OffreInfo);

    /// <summary>The offer without its <c>contact</c> and <c>agence</c>, never published (the offer itself is not changed).</summary>
    public static byte[] SerializeWithoutContactToUtf8(Offre offre) => JsonSerializer.SerializeToUtf8Bytes(offre, WithoutContactInfo);

    private static JsonTypeInfo<Offre> WithoutContactInfo { get; } = (JsonTypeInfo<Offre>)CreateOptions(OmitContact).GetTypeInfo(typeof(Offre));

    public static void Serialize(Utf8JsonWriter writer, Offre offre) => JsonSerializer.Serialize(writer, offre, OffreInfo);

    /// <exception cref="JsonException">The text is not an offer document; the message says where.</exception>
    public static Offre Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, OffreInfo) ?? throw new JsonException("Document d'offre vide (null).");
        }
        catch (JsonException error) when (error.Path is not null)
        {
            throw WithPlace(error);
        }
    }

    public static Offre Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, OffreInfo) ?? throw new JsonException("Document d'offre vide (null).");
        }
        catch (JsonException error) when (error.Path is not null)
        {
            throw WithPlace(error);
        }
    }

    /// <summary>
    /// An offer read only to be matched (the de-duplication index's load, a million at a time):
    /// its lists — skills, qualities, trainings, languages, licences, office tools — and its work
    /// context are skipped by the reader instead of built, a dozen objects per offer that nothing
    /// there reads. Never for an offer that is stored or published again.
    /// </summary>
    public static Offre DeserializeForMatching(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return JsonSerializer.Deserialize(utf8Json, MatchingInfo) ?? throw new JsonException("Document d'offre vide (null).");
        }
        catch (JsonException error) when (error.Path is not null)
        {
            throw WithPlace(error);
        }
    }

    private static JsonTypeInfo<Offre> MatchingInfo { get; } = (JsonTypeInfo<Offre>)CreateOptions(SkipDetails).GetTypeInfo(typeof(Offre));

    private static void SkipDetails(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Offre))
            return;
        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Name is "competences" or "qualitesProfessionnelles" or "formations" or "langues" or "permis"
                or "outilsBureautiques" or "contexteTravail")
                typeInfo.Properties.RemoveAt(i);
        }
    }

    // Whoever fixes a bad document needs the field and the line, in the message itself.
    private static JsonException WithPlace(JsonException error) =>
        new($"Document d'offre invalide, champ {error.Path} (ligne {error.LineNumber + 1}, position {error.BytePositionInLine + 1}) : {error.Message}",
            error.Path, error.LineNumber, error.BytePositionInLine, error);

    private static JsonSerializerOptions CreateOptions() => CreateOptions(null);

    private static JsonSerializerOptions CreateOptions(Action<JsonTypeInfo>? modifier)
    {
        var resolver = OffreJsonContext.Default.WithAddedModifier(OmitEmptyValues);
        var options = new JsonSerializerOptions(OffreJsonContext.Default.Options)
        {
            // France Travail writes accents and apostrophes as they are, not as \u escapes.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = modifier is null ? resolver : resolver.WithAddedModifier(modifier),
        };
        options.MakeReadOnly();
        return options;
    }

    private static void OmitContact(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(Offre))
            return;
        foreach (var property in typeInfo.Properties)
        {
            if (property.Name is "contact" or "agence")
                property.ShouldSerialize = static (_, _) => false;
        }
    }

    // "Fields are omitted when empty": an empty string or list is as absent as a null one.
    private static void OmitEmptyValues(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
            return;
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType == typeof(string))
                property.ShouldSerialize = static (_, value) => !string.IsNullOrEmpty((string?)value);
            else if (typeof(ICollection).IsAssignableFrom(property.PropertyType))
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
        }
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(WireDateTimeConverter)])]
[JsonSerializable(typeof(Offre))]
[JsonSerializable(typeof(List<Offre>))]
internal sealed partial class OffreJsonContext : JsonSerializerContext;
