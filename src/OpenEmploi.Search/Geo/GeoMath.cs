namespace OpenEmploi.Search.Geo;

/// <summary>
/// Great-circle distances on a spherical Earth (mean radius 6371.0088 km, the IUGG value): at the
/// scale of a search radius (≤ a few hundred km) the spherical error is far below a commune's size.
/// </summary>
public static class GeoMath
{
    public const double EarthRadiusKm = 6371.0088;

    private const double DegToRad = Math.PI / 180.0;

    /// <summary>Haversine distance in km.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * DegToRad;
        var dLon = (lon2 - lon1) * DegToRad;
        var sinLat = Math.Sin(dLat * 0.5);
        var sinLon = Math.Sin(dLon * 0.5);
        var a = (sinLat * sinLat) + (Math.Cos(lat1 * DegToRad) * Math.Cos(lat2 * DegToRad) * sinLon * sinLon);
        return 2.0 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }
}

/// <summary>
/// A latitude/longitude box that contains every point within <c>radiusKm</c> of a centre: a cheap
/// pre-filter before the exact haversine test. It is deliberately a little too large (1 % and a
/// metre), never too small, so the exact test alone decides the edge.
/// </summary>
public readonly record struct GeoBox(double MinLat, double MaxLat, double MinLon, double MaxLon)
{
    public static GeoBox Around(double lat, double lon, double radiusKm)
    {
        var r = (radiusKm * 1.01) + 0.001;
        var dLat = r / (GeoMath.EarthRadiusKm * Math.PI / 180.0);
        var maxAbsLat = Math.Min(89.9, Math.Abs(lat) + dLat);
        var dLon = dLat / Math.Cos(maxAbsLat * Math.PI / 180.0);
        // Near the antimeridian or a pole the box would wrap: fall back to every longitude.
        if (dLon >= 180 || lon - dLon < -180 || lon + dLon > 180)
            return new GeoBox(lat - dLat, lat + dLat, double.NegativeInfinity, double.PositiveInfinity);
        return new GeoBox(lat - dLat, lat + dLat, lon - dLon, lon + dLon);
    }

    public bool Contains(double lat, double lon) =>
        lat >= MinLat && lat <= MaxLat && lon >= MinLon && lon <= MaxLon;
}
