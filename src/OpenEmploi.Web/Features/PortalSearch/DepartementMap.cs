using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Features.PortalSearch;

/// <summary>
/// The départements' outlines (data/geo/departements.geojson, IGN ADMIN EXPRESS via Etalab),
/// projected once into SVG path data: metropolitan France on an equirectangular projection
/// corrected at 46.5° N, the five overseas départements in small insets of their own on the
/// left. Points are rounded to whole pixels, those within <see cref="Tolerance"/> pixels of the last
/// kept one dropped and rings of a pixel or two left out: about 60 KB of SVG instead of the file's 700 KB, drawn per
/// request by joining precomputed strings.
/// </summary>
public sealed class DepartementMap
{
    public const double Width = 560;
    public const double Height = 540;
    private const double Tolerance = 2;
    private const double Deviation = 0.8;
    private const double Margin = 6;
    private const double InsetSize = 70;
    private const double InsetGap = 12;
    private static readonly string[] Overseas = ["971", "972", "973", "974", "976"];

    public sealed record Shape(string Code, string Nom, string PathData);

    /// <summary>One box per overseas département (x, y, size), drawn as a frame around its inset.</summary>
    public sealed record Inset(string Code, double X, double Y, double Size);

    public DepartementMap(ReferenceData data)
    {
        var features = Read(data.Geographie.DepartementsGeoJsonPath);
        var shapes = new List<Shape>();
        var metro = features.Where(f => !Overseas.Contains(f.Code)).ToList();
        // Metropolitan France fills the right-hand part; the insets take a column on the left.
        var left = Margin + InsetSize + InsetGap;
        var project = Fit(metro.SelectMany(f => f.Rings).SelectMany(r => r), left, Margin, Width - Margin, Height - Margin);
        foreach (var f in metro)
            shapes.Add(new Shape(f.Code, f.Nom, PathOf(f.Rings, project)));
        var insets = new List<Inset>();
        var y = Height - Margin - Overseas.Length * (InsetSize + InsetGap) + InsetGap;
        foreach (var code in Overseas)
        {
            if (features.FirstOrDefault(f => f.Code == code) is not { } f)
                continue;
            var fit = Fit(f.Rings.SelectMany(r => r), Margin + 3, y + 3, Margin + InsetSize - 3, y + InsetSize - 3);
            shapes.Add(new Shape(f.Code, f.Nom, PathOf(f.Rings, fit)));
            insets.Add(new Inset(code, Margin, y, InsetSize));
            y += InsetSize + InsetGap;
        }
        Shapes = shapes;
        Insets = insets;
    }

    public IReadOnlyList<Shape> Shapes { get; }

    public IReadOnlyList<Inset> Insets { get; }

    private sealed record Feature(string Code, string Nom, List<List<(double Lon, double Lat)>> Rings);

    private static List<Feature> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var features = new List<Feature>();
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var code = properties.GetProperty("code").GetString()!;
            var nom = properties.GetProperty("nom").GetString()!;
            var geometry = feature.GetProperty("geometry");
            var coordinates = geometry.GetProperty("coordinates");
            var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
                ? coordinates.EnumerateArray().ToList()
                : [coordinates];
            var rings = new List<List<(double, double)>>();
            foreach (var polygon in polygons)
            {
                foreach (var ring in polygon.EnumerateArray())
                    rings.Add([.. ring.EnumerateArray().Select(p => (p[0].GetDouble(), p[1].GetDouble()))]);
            }
            features.Add(new Feature(code, nom, rings));
        }
        return features;
    }

    /// <summary>A projection of these points into the box, keeping proportions (longitudes shrunk by the cosine of the mean latitude).</summary>
    private static Func<(double Lon, double Lat), (double X, double Y)> Fit(
        IEnumerable<(double Lon, double Lat)> points, double x0, double y0, double x1, double y1)
    {
        var all = points.ToList();
        var minLat = all.Min(p => p.Lat);
        var maxLat = all.Max(p => p.Lat);
        var k = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var minX = all.Min(p => p.Lon) * k;
        var maxX = all.Max(p => p.Lon) * k;
        var scale = Math.Min((x1 - x0) / (maxX - minX), (y1 - y0) / (maxLat - minLat));
        // Centred in the box.
        var offsetX = x0 + ((x1 - x0) - (maxX - minX) * scale) / 2;
        var offsetY = y0 + ((y1 - y0) - (maxLat - minLat) * scale) / 2;
        return p => (offsetX + (p.Lon * k - minX) * scale, offsetY + (maxLat - p.Lat) * scale);
    }

    private static string PathOf(List<List<(double Lon, double Lat)>> rings, Func<(double, double), (double X, double Y)> project)
    {
        var path = new StringBuilder();
        foreach (var ring in rings)
        {
            var points = new List<(double X, double Y)>();
            foreach (var point in ring)
            {
                // Whole pixels: the map is drawn about as wide as its view box, a tenth would not show.
                var (x, y) = project(point);
                var p = (X: Math.Round(x), Y: Math.Round(y));
                if (points.Count == 0 || Math.Abs(p.X - points[^1].X) + Math.Abs(p.Y - points[^1].Y) >= Tolerance)
                    points.Add(p);
            }
            points = Simplify(points);
            // An islet under a pixel wide would be a dot: left out.
            if (points.Count < 3 || points.Max(p => p.X) - points.Min(p => p.X) + points.Max(p => p.Y) - points.Min(p => p.Y) < 1.5)
                continue;
            for (var i = 0; i < points.Count; i++)
            {
                path.Append(i == 0 ? 'M' : ' ')
                    .Append(points[i].X.ToString("0", CultureInfo.InvariantCulture))
                    .Append(' ')
                    .Append(points[i].Y.ToString("0", CultureInfo.InvariantCulture));
            }
            path.Append('Z');
        }
        return path.ToString();
    }

    /// <summary>Douglas–Peucker: keeps the points that stray more than <see cref="Deviation"/> pixels from the line they would be cut to.</summary>
    private static List<(double X, double Y)> Simplify(List<(double X, double Y)> points)
    {
        if (points.Count < 4)
            return points;
        var keep = new bool[points.Count];
        keep[0] = keep[^1] = true;
        var stack = new Stack<(int From, int To)>();
        stack.Push((0, points.Count - 1));
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var (ax, ay) = points[from];
            var (bx, by) = points[to];
            var length = Math.Sqrt((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
            var farthest = -1;
            var worst = Deviation;
            for (var i = from + 1; i < to; i++)
            {
                var (px, py) = points[i];
                // A closed ring starts and ends on the same point: distance to that point then.
                var distance = length == 0
                    ? Math.Sqrt((px - ax) * (px - ax) + (py - ay) * (py - ay))
                    : Math.Abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
                if (distance > worst)
                {
                    worst = distance;
                    farthest = i;
                }
            }
            if (farthest < 0)
                continue;
            keep[farthest] = true;
            stack.Push((from, farthest));
            stack.Push((farthest, to));
        }
        return [.. points.Where((_, i) => keep[i])];
    }
}
