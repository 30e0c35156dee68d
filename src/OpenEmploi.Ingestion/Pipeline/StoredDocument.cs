using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Reads a stored normalised document. A record never published (blocked, held) has no id yet,
/// which the wire writer omits and the wire reader requires: it is read back with an empty id.
/// </summary>
internal static class StoredDocument
{
    public static Offre Read(string json) => OffreJson.Deserialize(WithId(json));

    /// <summary>The document as UTF-8 JSON that <see cref="OffreJson"/> reads (an empty id added when it has none).</summary>
    public static byte[] Utf8(string json) => System.Text.Encoding.UTF8.GetBytes(WithId(json));

    /// <summary><see cref="Utf8(string)"/> of a document serialised as UTF-8 (what the store gives back of it).</summary>
    public static byte[] Utf8(byte[] utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ReadOnlySpan<byte> head = "{\"id\":"u8;
        if (utf8Json.AsSpan().StartsWith(head) || utf8Json.Length <= 2)
            return utf8Json;
        ReadOnlySpan<byte> emptyId = "{\"id\":\"\","u8;
        return [.. emptyId, .. utf8Json.AsSpan(1)];
    }

    private static string WithId(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return !json.StartsWith("{\"id\":", StringComparison.Ordinal) && json.Length > 2 ? "{\"id\":\"\"," + json[1..] : json;
    }
}
