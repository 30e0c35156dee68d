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

    private static string WithId(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return !json.StartsWith("{\"id\":", StringComparison.Ordinal) && json.Length > 2 ? "{\"id\":\"\"," + json[1..] : json;
    }
}
