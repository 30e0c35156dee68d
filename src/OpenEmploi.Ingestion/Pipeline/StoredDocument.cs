using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Reads a stored normalised document. A record never published (blocked, held) has no id yet,
/// which the wire writer omits and the wire reader requires: it is read back with an empty id.
/// </summary>
internal static class StoredDocument
{
    public static Offre Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.StartsWith("{\"id\":", StringComparison.Ordinal) && json.Length > 2)
            json = "{\"id\":\"\"," + json[1..];
        return OffreJson.Deserialize(json);
    }
}
