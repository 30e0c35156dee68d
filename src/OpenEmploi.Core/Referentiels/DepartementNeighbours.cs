using System.Text.Json;

namespace OpenEmploi.Core.Referentiels;

/// <summary>
/// Neighbouring départements, derived from geo/departements.geojson at load time rather than kept
/// in a hand-made table that could drift from the outlines.
/// </summary>
/// <remarks>
/// The outlines were simplified with mapshaper, which keeps the topology: a border shared by two
/// départements is one polyline, written out with identical vertices (rounded to 4 decimals) in
/// both polygons. Two départements are therefore neighbours when their outlines share at least two
/// vertices, i.e. a stretch of border; one shared vertex alone is a corner touch, not a border.
/// Checked against known pairs (75 ↔ 92, 93, 94 only; 2A ↔ 2B; 69 ↔ 01, 38, 42, 71); the DROM
/// are islands or share borders only with other countries, so they have none.
/// </remarks>
internal static class DepartementNeighbours
{
    private const int MinimumSharedVertices = 2;

    public static Dictionary<string, string[]> Derive(string geoJsonPath)
    {
        if (!File.Exists(geoJsonPath))
            throw new ReferenceDataException(geoJsonPath, null, "fichier de référence absent");

        var (codes, vertexSets) = ReadOutlines(geoJsonPath);

        // Vertex → the départements whose outline passes through it.
        var owners = new Dictionary<long, List<int>>(capacity: vertexSets.Sum(v => v.Count));
        for (var d = 0; d < vertexSets.Count; d++)
        {
            foreach (var vertex in vertexSets[d])
            {
                if (!owners.TryGetValue(vertex, out var list))
                    owners[vertex] = list = new List<int>(2);
                list.Add(d);
            }
        }

        var shared = new Dictionary<(int, int), int>();
        foreach (var list in owners.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var pair = (list[i], list[j]);
                    shared[pair] = shared.GetValueOrDefault(pair) + 1;
                }
            }
        }

        var neighbours = codes.ToDictionary(c => c, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var ((a, b), count) in shared)
        {
            if (count < MinimumSharedVertices)
                continue;
            neighbours[codes[a]].Add(codes[b]);
            neighbours[codes[b]].Add(codes[a]);
        }
        return neighbours.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.Order(StringComparer.Ordinal).ToArray(),
            StringComparer.Ordinal);
    }

    private static (List<string> Codes, List<HashSet<long>> VertexSets) ReadOutlines(string path)
    {
        var codes = new List<string>();
        var vertexSets = new List<HashSet<long>>();
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream);
            foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
            {
                var code = feature.GetProperty("properties").GetProperty("code").GetString();
                if (string.IsNullOrEmpty(code))
                    throw new ReferenceDataException(path, null, $"entité n° {codes.Count + 1} sans propriété « code »");
                if (codes.Contains(code, StringComparer.Ordinal))
                    throw new ReferenceDataException(path, null, $"département « {code} » en double");
                // A set per département: ring closures and multi-part repeats count once.
                var vertices = new HashSet<long>();
                CollectVertices(feature.GetProperty("geometry").GetProperty("coordinates"), vertices);
                codes.Add(code);
                vertexSets.Add(vertices);
            }
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new ReferenceDataException(path, null, $"GeoJSON illisible : {e.Message}", e);
        }
        catch (IOException e)
        {
            throw new ReferenceDataException(path, null, $"lecture impossible : {e.Message}", e);
        }
        return (codes, vertexSets);
    }

    // Polygon and MultiPolygon nest arrays to different depths; a position is the innermost [lon, lat].
    private static void CollectVertices(JsonElement element, HashSet<long> vertices)
    {
        if (element.ValueKind != JsonValueKind.Array)
            throw new FormatException("coordonnées attendues sous forme de tableaux");
        var first = true;
        foreach (var item in element.EnumerateArray())
        {
            if (first && item.ValueKind == JsonValueKind.Number)
            {
                vertices.Add(VertexKey(element[0].GetDouble(), element[1].GetDouble()));
                return;
            }
            first = false;
            CollectVertices(item, vertices);
        }
    }

    private static long VertexKey(double longitude, double latitude)
    {
        var x = (int)Math.Round(longitude * 10_000);
        var y = (int)Math.Round(latitude * 10_000);
        return ((long)x << 32) | (uint)y;
    }
}
