using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Geo;

namespace OpenEmploi.Ingestion.Normalisation.Places;

/// <summary>
/// The commune whose centroid is nearest to a point, through a grid of 0.1° cells built once: a
/// lookup reads the few cells within <see cref="MaxDistanceKm"/>, a few hundred centroids at most,
/// compared on a flat projection (exact enough at this scale) with one haversine for the winner.
/// Paris, Lyon and Marseille are represented by their arrondissements, not the whole city.
/// </summary>
internal sealed class NearestCommune
{
    /// <summary>
    /// Beyond this no commune is "the" place: the point is at sea or abroad. Wide enough for the
    /// largest metropolitan communes (Arles: 20 km from its centroid to its edge).
    /// </summary>
    public const double MaxDistanceKm = 30;

    private const double CellDegrees = 0.1;
    private const double KmPerDegree = 111.2;

    private readonly Dictionary<long, Centroid[]> _cells;

    public NearestCommune(Geographie geo)
    {
        var cells = new Dictionary<long, List<Centroid>>();
        foreach (var c in geo.Communes)
        {
            if (c.Latitude is not { } lat || c.Longitude is not { } lon)
                continue;
            if (!c.IsArrondissement && geo.ArrondissementsOf(c.CodeInsee).Count > 0)
                continue;
            var key = Key(Cell(lat), Cell(lon));
            if (!cells.TryGetValue(key, out var list))
                cells[key] = list = [];
            list.Add(new Centroid(lat, lon, c));
        }
        _cells = cells.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The nearest commune within <see cref="MaxDistanceKm"/>, or null (outside France, at sea, invalid).</summary>
    public (Commune Commune, double DistanceKm)? Find(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || double.IsNaN(longitude) || Math.Abs(latitude) > 85 || Math.Abs(longitude) > 180)
            return null;
        var cos = Math.Cos(latitude * Math.PI / 180);
        var latCells = (int)Math.Ceiling(MaxDistanceKm / (KmPerDegree * CellDegrees));
        var lonCells = (int)Math.Ceiling(MaxDistanceKm / (KmPerDegree * CellDegrees * cos));
        var centreLat = Cell(latitude);
        var centreLon = Cell(longitude);
        Commune? best = null;
        var bestSquared = double.MaxValue;
        for (var i = centreLat - latCells; i <= centreLat + latCells; i++)
        {
            for (var j = centreLon - lonCells; j <= centreLon + lonCells; j++)
            {
                if (!_cells.TryGetValue(Key(i, j), out var centroids))
                    continue;
                foreach (var c in centroids)
                {
                    var dLat = c.Latitude - latitude;
                    var dLon = (c.Longitude - longitude) * cos;
                    var squared = (dLat * dLat) + (dLon * dLon);
                    if (squared < bestSquared)
                        (best, bestSquared) = (c.Commune, squared);
                }
            }
        }
        if (best is null)
            return null;
        var km = GeoMath.DistanceKm(latitude, longitude, best.Latitude!.Value, best.Longitude!.Value);
        return km <= MaxDistanceKm ? (best, km) : null;
    }

    private static int Cell(double degrees) => (int)Math.Floor(degrees / CellDegrees);

    private static long Key(int latCell, int lonCell) => ((long)latCell << 32) | (uint)lonCell;

    private readonly record struct Centroid(double Latitude, double Longitude, Commune Commune);
}
