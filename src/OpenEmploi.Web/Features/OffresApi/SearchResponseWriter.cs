using System.Text.Json;
using OpenEmploi.Search.Query;
using OpenEmploi.Web.Features.Attribution;

namespace OpenEmploi.Web.Features.OffresApi;

/// <summary>
/// Writes `{"resultats": [...], "filtresPossibles": [...]}` straight into the response pipe:
/// offers copied from their stored documents, facets in the contract's order.
/// </summary>
internal static class SearchResponseWriter
{
    public static void Write(
        Utf8JsonWriter writer,
        IReadOnlyList<string> ids,
        IReadOnlyDictionary<string, byte[]> documents,
        IReadOnlyList<FacetCounts> facets,
        Func<string, OfferLinks> linksOf)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("resultats"u8);
        foreach (var id in ids)
        {
            // An offer deleted between the index's snapshot and this read is simply left out.
            if (documents.TryGetValue(id, out var json))
                PublishedOffreWriter.Write(writer, json, linksOf(id));
        }
        writer.WriteEndArray();
        writer.WriteStartArray("filtresPossibles"u8);
        foreach (var facet in facets)
        {
            writer.WriteStartObject();
            writer.WriteString("filtre"u8, WireName(facet.Kind));
            writer.WriteStartArray("agregation"u8);
            foreach (var value in facet.Values)
            {
                writer.WriteStartObject();
                writer.WriteString("valeurPossible"u8, value.Value);
                writer.WriteNumber("nbResultats"u8, value.Count);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string WireName(FacetKind kind) => kind switch
    {
        FacetKind.TypeContrat => "typeContrat",
        FacetKind.Experience => "experience",
        FacetKind.Qualification => "qualification",
        FacetKind.NatureContrat => "natureContrat",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Cette facette n'est pas servie par l'API des offres."),
    };
}
