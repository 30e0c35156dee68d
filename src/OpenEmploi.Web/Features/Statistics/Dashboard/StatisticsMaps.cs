using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Web.Features.PortalSearch;

namespace OpenEmploi.Web.Features.Statistics.Dashboard;

/// <summary>
/// The dashboards' choropleth maps as server-drawn SVG: départements from their outlines (the
/// portal's projected <see cref="DepartementMap"/>), zones d'emploi as a fine grid of squares, each
/// coloured by the zone most of its communes belong to, since our data has no zone outlines
/// (communes' points, data/geo/communes.csv). Five classes of equal counts (quintiles); a masked
/// value is its own hatched-grey class.
/// </summary>
public sealed class StatisticsMaps(DepartementMap departements, TerritoryDirectory territories, ReferenceData data)
{
    public const int ClassCount = 5;
    private const double GridWidth = 560;
    private const int GridColumns = 110;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public sealed record Legend(int Class, string Label);

    /// <summary>The upper bounds of the quintile classes of the published values.</summary>
    public static double[] Thresholds(IEnumerable<ShownValue> values)
    {
        var sorted = values.Where(v => v.HasNumber).Select(v => v.Number!.Value).Order().ToArray();
        if (sorted.Length == 0)
            return [];
        return [.. Enumerable.Range(1, ClassCount).Select(c => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling((double)c * sorted.Length / ClassCount) - 1)]).Distinct()];
    }

    public static string ClassOf(ShownValue value, double[] thresholds)
    {
        if (value.Masked)
            return "ns";
        if (!value.HasNumber || thresholds.Length == 0)
            return "n0";
        var index = Array.FindIndex(thresholds, t => value.Number!.Value <= t);
        return "n" + (index < 0 ? thresholds.Length : index + 1).ToString(CultureInfo.InvariantCulture);
    }

    public static IReadOnlyList<Legend> LegendOf(double[] thresholds, bool masked)
    {
        var legend = new List<Legend>();
        var from = 0.0;
        for (var i = 0; i < thresholds.Length; i++)
        {
            legend.Add(new Legend(i + 1, string.Create(French, $"{from:N0} à {thresholds[i]:N0}")));
            from = thresholds[i] + 1;
        }
        return legend;
    }

    public IHtmlContent DepartementChoropleth(MapValues map, string? highlighted, string titleId)
    {
        var thresholds = Thresholds(map.Values.Values);
        var encoder = HtmlEncoder.Default;
        var svg = new StringBuilder(80_000);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"carte\" viewBox=\"0 0 {DepartementMap.Width} {DepartementMap.Height}\" role=\"img\" aria-labelledby=\"{titleId}\" focusable=\"false\">");
        foreach (var inset in departements.Insets)
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"encart\" x=\"{inset.X}\" y=\"{inset.Y}\" width=\"{inset.Size}\" height=\"{inset.Size}\"/>");
        foreach (var shape in departements.Shapes)
        {
            var value = map.Values.GetValueOrDefault(shape.Code) ?? ShownValue.Missing;
            var selected = shape.Code == highlighted ? " choisi" : "";
            svg.Append("<path class=\"").Append(ClassOf(value, thresholds)).Append(selected).Append("\" d=\"").Append(shape.PathData).Append("\"><title>")
                .Append(encoder.Encode($"{shape.Nom} ({shape.Code}) : {BarChart.Format(value)}")).Append("</title></path>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The zone map over the communes of a région (or of metropolitan France when <paramref name="region"/> is null).</summary>
    public IHtmlContent ZoneGrid(MapValues map, string? region, string? highlightedZone, string titleId)
    {
        var communes = data.Geographie.Communes.Where(c => !c.IsArrondissement && c.CodeZoneEmploi is not null && c.Latitude is not null && c.Longitude is not null
            && (region is null ? c.Zone == Zone.Metro : c.CodeRegion == region)).ToList();
        var encoder = HtmlEncoder.Default;
        if (communes.Count == 0)
            return HtmlString.Empty;
        var minLat = communes.Min(c => c.Latitude!.Value);
        var maxLat = communes.Max(c => c.Latitude!.Value);
        var k = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var minX = communes.Min(c => c.Longitude!.Value) * k;
        var maxX = communes.Max(c => c.Longitude!.Value) * k;
        var cell = Math.Max((maxX - minX), (maxLat - minLat)) / GridColumns;
        var scale = GridWidth / Math.Max(maxX - minX + cell, maxLat - minLat + cell);
        var columns = (int)Math.Ceiling((maxX - minX) / cell) + 1;
        var rows = (int)Math.Ceiling((maxLat - minLat) / cell) + 1;
        // Each grid square takes the zone most of its communes belong to.
        var votes = new Dictionary<(int, int), Dictionary<string, int>>();
        foreach (var commune in communes)
        {
            var key = ((int)((commune.Longitude!.Value * k - minX) / cell), (int)((maxLat - commune.Latitude!.Value) / cell));
            if (!votes.TryGetValue(key, out var zones))
                votes[key] = zones = new Dictionary<string, int>(StringComparer.Ordinal);
            zones[commune.CodeZoneEmploi!] = zones.GetValueOrDefault(commune.CodeZoneEmploi!) + 1;
        }
        var inScope = communes.Select(c => c.CodeZoneEmploi!).ToHashSet(StringComparer.Ordinal);
        var thresholds = Thresholds(map.Values.Where(v => inScope.Contains(v.Key)).Select(v => v.Value));
        var size = cell * scale;
        var width = columns * size;
        var height = rows * size;
        var svg = new StringBuilder(votes.Count * 90 + 2_000);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"carte grille\" viewBox=\"0 0 {width:0.#} {height:0.#}\" role=\"img\" aria-labelledby=\"{titleId}\" focusable=\"false\">");
        foreach (var group in votes.Select(v => (v.Key, Zone: v.Value.MaxBy(z => z.Value).Key)).GroupBy(v => v.Zone, StringComparer.Ordinal))
        {
            var value = map.Values.GetValueOrDefault(group.Key) ?? ShownValue.Missing;
            var name = territories.Find(Core.Statistics.TerritoryLevel.ZoneEmploi, group.Key)?.Name ?? group.Key;
            var selected = group.Key == highlightedZone ? " choisi" : "";
            // One path per zone: its squares, so that its title names it once.
            svg.Append("<path class=\"").Append(ClassOf(value, thresholds)).Append(selected).Append("\" d=\"");
            foreach (var ((x, y), _) in group)
                svg.Append(CultureInfo.InvariantCulture, $"M{x * size:0.#} {y * size:0.#}h{size:0.##}v{size:0.##}h-{size:0.##}z");
            svg.Append("\"><title>").Append(encoder.Encode($"{name} : {BarChart.Format(value)}")).Append("</title></path>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The départements of the map, by code, for its table.</summary>
    public IReadOnlyList<DepartementMap.Shape> DepartementsInOrder() => [.. departements.Shapes.OrderBy(s => s.Code, StringComparer.Ordinal)];

    /// <summary>The zones shown on a zone map, for its table.</summary>
    public IReadOnlyList<StatisticsTerritory> ZonesOf(string? region) =>
        [.. territories.OfLevel(Core.Statistics.TerritoryLevel.ZoneEmploi)
            .Where(z => region is null
                ? territories.CommunesOfZone(z.Code).Any(c => c.Zone == Zone.Metro)
                : territories.CommunesOfZone(z.Code).Any(c => c.CodeRegion == region))
            .OrderBy(z => z.Name, StringComparer.Create(French, ignoreCase: true))];

    /// <summary>The hatching of masked areas, defined once per page (an id must be unique).</summary>
    public static IHtmlContent HatchingDefinition { get; } = new HtmlString(
        "<svg class=\"definitions\" width=\"0\" height=\"0\" aria-hidden=\"true\" focusable=\"false\"><defs><pattern id=\"hachures\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
        + "<rect width=\"6\" height=\"6\" fill=\"#d9d9d9\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#7a7a7a\" stroke-width=\"2\"/></pattern></defs></svg>");
}
