using System.Collections;
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

    public static void Serialize(Utf8JsonWriter writer, Offre offre) => JsonSerializer.Serialize(writer, offre, OffreInfo);

    /// <exception cref="JsonException">The text is not an offer document; the message says where.</exception>
    public static Offre Deserialize(string json) =>
        JsonSerializer.Deserialize(json, OffreInfo) ?? throw new JsonException("Document d'offre vide (null).");

    public static Offre Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, OffreInfo) ?? throw new JsonException("Document d'offre vide (null).");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(OffreJsonContext.Default.Options)
        {
            TypeInfoResolver = OffreJsonContext.Default.WithAddedModifier(OmitEmptyValues),
        };
        options.MakeReadOnly();
        return options;
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
