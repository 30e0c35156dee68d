using System.Numerics;
using OpenEmploi.Search.Geo;

namespace OpenEmploi.Search.Index;

/// <summary>
/// Runs a <see cref="SegmentPlan"/>: iterates the candidates (the driver's postings, or every
/// document), applies every filter as column reads, and feeds each match to the facet tally and
/// the top-k. One pass; no allocation per document.
/// </summary>
internal static class SegmentSearcher
{
    public static int Run(SegmentPlan plan, ulong[]? deleted, int segmentIndex, FacetTally facets, TopK top)
    {
        var segment = plan.Segment;
        if (plan.MatchesNothing || segment.Count == 0)
            return 0;
        var total = 0;
        var driver = plan.Driver;
        if (driver is null)
        {
            for (var d = 0; d < segment.Count; d++)
                Visit(plan, deleted, segmentIndex, facets, top, d, ref total);
        }
        else if (driver.Count == 1)
        {
            var slice = driver[0];
            var docs = slice.Docs.AsSpan(slice.Start, slice.Length);
            foreach (var d in docs)
                Visit(plan, deleted, segmentIndex, facets, top, d, ref total);
        }
        else
        {
            // Union of several postings: mark them in a pooled bitmap, then walk the bits in order.
            var bits = BitmapPool.Rent(segment.Count);
            try
            {
                foreach (var slice in driver)
                {
                    foreach (var d in slice.Docs.AsSpan(slice.Start, slice.Length))
                        bits[d >> 6] |= 1UL << d;
                }
                var words = (segment.Count + 63) >> 6;
                for (var w = 0; w < words; w++)
                {
                    var word = bits[w];
                    while (word != 0)
                    {
                        var d = (w << 6) + BitOperations.TrailingZeroCount(word);
                        word &= word - 1;
                        Visit(plan, deleted, segmentIndex, facets, top, d, ref total);
                    }
                }
            }
            finally
            {
                BitmapPool.Return(bits);
            }
        }
        return total;
    }

    private static void Visit(SegmentPlan plan, ulong[]? deleted, int segmentIndex, FacetTally facets, TopK top, int d, ref int total)
    {
        if (deleted is not null && (deleted[d >> 6] & (1UL << d)) != 0)
            return;
        if (!Filters.Match(plan, d))
            return;
        var score = 0.0;
        foreach (var keyword in plan.Keywords)
        {
            if (!keyword.TryMatch(d, out var s))
                return;
            score += s;
        }
        var distance = double.PositiveInfinity;
        if (plan.Prepared.Points is { } points && !MatchGeo(plan, points, d, out distance))
            return;
        total++;
        facets.Count(d);
        top.Offer(new Hit(score, distance, plan.Segment.CreationTicks[d], segmentIndex, d));
    }

    /// <summary>
    /// The offer is in a query commune (or its arrondissements) or within the radius of one; its
    /// distance is to the nearest query commune's point (infinity without coordinates).
    /// </summary>
    private static bool MatchGeo(SegmentPlan plan, QueryPoint[] points, int d, out double distance)
    {
        var segment = plan.Segment;
        distance = double.PositiveInfinity;
        var matched = plan.Communes!.Allows(d);
        var lat = segment.Latitude[d];
        var lon = segment.Longitude[d];
        if (double.IsNaN(lat))
            return matched;
        var radius = plan.Prepared.Radius;
        foreach (var p in points)
        {
            if (!p.HasPoint)
                continue;
            // The box only saves trigonometry; it never decides a match.
            if (!matched && radius > 0 && !p.Box.Contains(lat, lon))
                continue;
            var km = GeoMath.DistanceKm(p.Latitude, p.Longitude, lat, lon);
            if (km < distance)
                distance = km;
            if (radius > 0 && km <= radius)
                matched = true;
        }
        return matched;
    }
}
