using System.Text.Json;

namespace OpenEmploi.Web.Tests.Catalogue;

/// <summary>
/// Reads a compact JSON-LD document as a JSON-LD processor expands it, for the parts the catalogue
/// uses: the top-level @context's prefixes turn "dcat:Dataset" into its full IRI, keys are matched by
/// their expanded IRI, and values may be one node or an array. A key whose prefix the context does
/// not define does not expand, so a misspelt prefix fails the test.
/// </summary>
internal sealed class CompactJsonLd
{
    private readonly Dictionary<string, string> _prefixes;

    public CompactJsonLd(JsonElement root)
    {
        _prefixes = root.GetProperty("@context").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    public string Expand(string term)
    {
        var colon = term.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && _prefixes.TryGetValue(term[..colon], out var iri) ? iri + term[(colon + 1)..] : term;
    }

    public string Type(JsonElement node) => Expand(node.GetProperty("@type").GetString()!);

    public string Id(JsonElement node) => Expand(node.GetProperty("@id").GetString()!);

    public IEnumerable<JsonElement> All(JsonElement node, string iri)
    {
        foreach (var property in node.EnumerateObject())
        {
            if (Expand(property.Name) != iri)
                continue;
            if (property.Value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in property.Value.EnumerateArray())
                    yield return item;
            }
            else
            {
                yield return property.Value;
            }
        }
    }

    public JsonElement One(JsonElement node, string iri)
    {
        var values = All(node, iri).ToList();
        Assert.True(values.Count == 1, $"{iri} : {values.Count} valeurs au lieu d'une");
        return values[0];
    }
}
