using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace OpenEmploi.Web.Features.Statistics.Dashboard;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: one row per bar, its label, its bar and its
/// value written out; a masked value has no bar and reads "secret". The SVG is an image named by
/// the figure's caption; the figure's table gives the same numbers to screen readers and print.
/// </summary>
public static class BarChart
{
    private const int Width = 640;
    private const int RowHeight = 26;
    private const int LabelWidth = 300;
    private const int ValueWidth = 90;

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Format(ShownValue value, string unit = "") =>
        value.Masked ? "secret" : value.Number is { } n ? n.ToString(unit == "%" ? "N1" : "N0", French) + (unit == "%" ? " %" : "") : "–";

    public static IHtmlContent Render(DashboardFigure figure, string captionId)
    {
        var encoder = HtmlEncoder.Default;
        var max = figure.Bars.Where(b => b.Value.HasNumber).Select(b => Math.Abs(b.Value.Number!.Value)).DefaultIfEmpty(0).Max();
        var height = figure.Bars.Count * RowHeight + 6;
        var svg = new StringBuilder(256 + figure.Bars.Count * 300);
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"graphique\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{captionId}\" focusable=\"false\">");
        var y = 3;
        foreach (var bar in figure.Bars)
        {
            var label = bar.Label.Length > 44 ? bar.Label[..43] + "…" : bar.Label;
            var text = Format(bar.Value, figure.Unit);
            svg.Append("<g><title>").Append(encoder.Encode(bar.Label + " : " + text + (bar.Share.HasNumber ? " (" + Format(bar.Share, "%") + ")" : ""))).Append("</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"etiquette\" x=\"{LabelWidth - 8}\" y=\"{y + 17}\" text-anchor=\"end\">").Append(encoder.Encode(label)).Append("</text>");
            if (bar.Value.HasNumber && max > 0)
            {
                var length = Math.Max(1, Math.Abs(bar.Value.Number!.Value) / max * (Width - LabelWidth - ValueWidth));
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"barre\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{length:0.#}\" height=\"{RowHeight - 8}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"valeur\" x=\"{LabelWidth + length + 6:0.#}\" y=\"{y + 17}\">").Append(encoder.Encode(text)).Append("</text>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"valeur secret\" x=\"{LabelWidth + 4}\" y=\"{y + 17}\">").Append(encoder.Encode(text)).Append("</text>");
            }
            svg.Append("</g>");
            y += RowHeight;
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
