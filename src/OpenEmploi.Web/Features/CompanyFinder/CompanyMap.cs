namespace OpenEmploi.Web.Features.CompanyFinder;

/// <summary>
/// The results' map, drawn on the server as SVG (no script, no tiles from elsewhere): the search
/// circle centred on the place, one numbered dot per company of the page at its published location
/// (a commune's centre when the address is hidden), on an equirectangular projection corrected at
/// the centre's latitude — exact enough within 200 km.
/// </summary>
public sealed class CompanyMap
{
    public const double Size = 360;
    private const double Margin = 14;

    public sealed record Dot(int Number, double X, double Y, string Title);

    public sealed record Drawing(double CentreX, double CentreY, double RadiusPixels, double RadiusKm, IReadOnlyList<Dot> Dots);

#pragma warning disable CA1822 // a service: pages receive it by injection like the offers' map.
    public Drawing Draw(double latitude, double longitude, double radiusKm, IReadOnlyList<CompanyView> companies)
#pragma warning restore CA1822
    {
        ArgumentNullException.ThrowIfNull(companies);
        var radius = Math.Max(1, radiusKm);
        var half = (Size / 2) - Margin;
        var pixelsPerKm = half / radius;
        const double KmPerDegree = 111.195;
        var cos = Math.Cos(latitude * Math.PI / 180);
        var dots = new List<Dot>();
        for (var i = 0; i < companies.Count; i++)
        {
            var c = companies[i];
            var x = (Size / 2) + ((c.Longitude - longitude) * KmPerDegree * cos * pixelsPerKm);
            var y = (Size / 2) - ((c.Latitude - latitude) * KmPerDegree * pixelsPerKm);
            dots.Add(new Dot(i + 1, Math.Round(Math.Clamp(x, 4, Size - 4), 1), Math.Round(Math.Clamp(y, 4, Size - 4), 1), c.CompanyName));
        }
        return new Drawing(Size / 2, Size / 2, half, radius, dots);
    }
}
