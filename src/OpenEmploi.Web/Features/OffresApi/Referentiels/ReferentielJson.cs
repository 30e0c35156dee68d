using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace OpenEmploi.Web.Features.OffresApi.Referentiels;

/// <summary>An entry of a referential: {"code", "libelle"}.</summary>
internal sealed record ReferentielEntry(string Code, string Libelle);

/// <summary>An entry of communes; codePostal is omitted for the few communes without one.</summary>
internal sealed record CommuneEntry(string Code, string Libelle, string? CodePostal, string CodeDepartement);

/// <summary>An entry of departements, with its région.</summary>
internal sealed record DepartementEntry(string Code, string Libelle, ReferentielEntry Region);

/// <summary>Source-generated serialisation of the referentials, accents written as they are.</summary>
internal static class ReferentielJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    public static byte[] Serialize<T>(IReadOnlyList<T> entries) =>
        JsonSerializer.SerializeToUtf8Bytes(entries, (JsonTypeInfo<IReadOnlyList<T>>)Options.GetTypeInfo(typeof(IReadOnlyList<T>)));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ReferentielJsonContext.Default.Options)
        {
            // France Travail writes "Île-de-France", not "\u00CEle-de-France".
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = ReferentielJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<ReferentielEntry>))]
[JsonSerializable(typeof(IReadOnlyList<CommuneEntry>))]
[JsonSerializable(typeof(IReadOnlyList<DepartementEntry>))]
internal sealed partial class ReferentielJsonContext : JsonSerializerContext;
