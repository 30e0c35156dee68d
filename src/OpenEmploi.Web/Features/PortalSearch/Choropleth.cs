using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace OpenEmploi.Web.Features.PortalSearch;

/// <summary>
/// The result counts by département as an SVG map: each département filled by its class, a link
/// to the same search in that département, named and titled (the hover text) with its count.
/// Five classes of equal width from 1 to the largest count; no offer is its own class.
/// </summary>
public static class Choropleth
{
    public const int ClassCount = 5;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public sealed record Band(int Class, int From, int To);

    /// <summary>The non-empty classes for counts up to <paramref name="max"/>, lowest first.</summary>
    public static IReadOnlyList<Band> Bands(int max)
    {
        var bands = new List<Band>();
        for (var c = 1; c <= ClassCount; c++)
        {
            var from = (int)Math.Floor((double)(c - 1) * max / ClassCount) + 1;
            var to = (int)Math.Floor((double)c * max / ClassCount);
            if (to >= from)
                bands.Add(new Band(c, from, to));
        }
        return bands;
    }

    /// <summary>0 for no offer, else 1 to <see cref="ClassCount"/>.</summary>
    public static int ClassOf(int count, int max) =>
        count <= 0 || max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling((double)count * ClassCount / max), 1, ClassCount);

    public static string Offres(int count) =>
        count switch { 0 => "aucune offre", 1 => "1 offre", _ => count.ToString("N0", French) + " offres" };

    public static IHtmlContent Render(DepartementMap map, IReadOnlyDictionary<string, int> counts, Func<string, string> link, string titleId)
    {
        var max = counts.Count == 0 ? 0 : counts.Values.Max();
        var encoder = HtmlEncoder.Default;
        var svg = new StringBuilder(map.Shapes.Sum(s => s.PathData.Length) + 40_000);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"carte\" viewBox=\"0 0 {DepartementMap.Width} {DepartementMap.Height}\" aria-labelledby=\"{titleId}\" focusable=\"false\">");
        foreach (var inset in map.Insets)
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"encart\" x=\"{inset.X}\" y=\"{inset.Y}\" width=\"{inset.Size}\" height=\"{inset.Size}\"/>");
        foreach (var shape in map.Shapes)
        {
            var count = counts.GetValueOrDefault(shape.Code);
            var label = encoder.Encode($"{shape.Nom} ({shape.Code}) : {Offres(count)}");
            var path = $"<path class=\"n{ClassOf(count, max)}\" d=\"{shape.PathData}\"/>";
            if (count == 0)
            {
                // Nothing to find there: no link, only the hover text.
                svg.Append("<g><title>").Append(label).Append("</title>").Append(path).Append("</g>");
                continue;
            }
            svg.Append("<a href=\"").Append(encoder.Encode(link(shape.Code))).Append("\" aria-label=\"").Append(label).Append("\"><title>")
                .Append(label).Append("</title>").Append(path).Append("</a>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
