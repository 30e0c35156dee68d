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
        if (NeedsNoCheck(plan))
        {
            var plain = new PlainVisitor(plan, deleted, segmentIndex, facets, top);
            Walk(plan, ref plain);
            return plain.Total;
        }
        var full = new FullVisitor(plan, deleted, segmentIndex, facets, top);
        Walk(plan, ref full);
        return full.Total;
    }

    /// <summary>
    /// Whether every candidate is a match: no code, contract, fact or geographic filter left to
    /// check, and every keyword drives (its candidates are exactly its matches). The common
    /// "one département", "ROME codes" and "one keyword" queries; their loop is then a few reads.
    /// </summary>
    private static bool NeedsNoCheck(SegmentPlan plan)
    {
        if (plan.Filters.Length != 0 || plan.CheckContracts || plan.ChecksFacts || plan.Prepared.Points is not null)
            return false;
        foreach (var keyword in plan.Keywords)
        {
            if (!keyword.Drives)
                return false;
        }
        return true;
    }

    /// <summary>
    /// Feeds the candidates to the visitor: the driver's postings, or every document, in ascending
    /// doc order except for disjoint slices without keywords (<see cref="SegmentPlan.DriverIsDisjoint"/>).
    /// Generic over a struct so that the JIT compiles one loop per visitor, the visit inlined.
    /// </summary>
    private static void Walk<TVisitor>(SegmentPlan plan, ref TVisitor visitor)
        where TVisitor : struct, IDocVisitor
    {
        var segment = plan.Segment;
        var driver = plan.Driver;
        if (driver is null)
        {
            for (var d = 0; d < segment.Count; d++)
                visitor.Visit(d);
        }
        else if (driver.Count == 1 || (plan.DriverIsDisjoint && plan.Keywords.Length == 0))
        {
            // One slice, or slices with no document in common and no keyword cursor to feed in order.
            foreach (var slice in driver)
            {
                foreach (var d in slice.Docs.AsSpan(slice.Start, slice.Length))
                    visitor.Visit(d);
            }
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
                        visitor.Visit(d);
                    }
                }
            }
            finally
            {
                BitmapPool.Return(bits);
            }
        }
    }

    private interface IDocVisitor
    {
        void Visit(int d);
    }

    /// <summary>Every check of the plan, then the facets and the top-k.</summary>
    private struct FullVisitor(SegmentPlan plan, ulong[]? deleted, int segmentIndex, FacetTally facets, TopK top) : IDocVisitor
    {
        public int Total;

        public void Visit(int d) => SegmentSearcher.Visit(plan, deleted, segmentIndex, facets, top, d, ref Total);
    }

    /// <summary>A plan whose candidates all match (<see cref="NeedsNoCheck"/>): only deletions are checked.</summary>
    private struct PlainVisitor(SegmentPlan plan, ulong[]? deleted, int segmentIndex, FacetTally facets, TopK top) : IDocVisitor
    {
        private readonly long[] _creation = plan.Segment.CreationTicks;
        private readonly KeywordMatcher[] _keywords = plan.Keywords;
        public int Total;

        public void Visit(int d)
        {
            if (deleted is not null && (deleted[d >> 6] & (1UL << d)) != 0)
                return;
            Total++;
            facets.Count(d);
            var creation = _creation[d];
            if (!top.MayAccept(creation))
                return;
            var score = 0.0;
            foreach (var keyword in _keywords)
                score += keyword.Score(d);
            top.Offer(new Hit(score, double.PositiveInfinity, creation, segmentIndex, d));
        }
    }

    private static void Visit(SegmentPlan plan, ulong[]? deleted, int segmentIndex, FacetTally facets, TopK top, int d, ref int total)
    {
        if (deleted is not null && (deleted[d >> 6] & (1UL << d)) != 0)
            return;
        if (!Filters.Match(plan, d))
            return;
        var keywords = plan.Keywords;
        foreach (var keyword in keywords)
        {
            if (!keyword.Drives && !keyword.Matches(d))
                return;
        }
        var distance = double.PositiveInfinity;
        if (plan.Prepared.Points is { } points && !MatchGeo(plan, points, d, out distance))
            return;
        total++;
        facets.Count(d);
        var creation = plan.Segment.CreationTicks[d];
        // Sorted by date, a hit older than the worst kept one cannot enter: its score is not needed.
        if (!top.MayAccept(creation))
            return;
        var score = 0.0;
        foreach (var keyword in keywords)
            score += keyword.Score(d);
        top.Offer(new Hit(score, distance, creation, segmentIndex, d));
    }

    /// <summary>
    /// The offer is in a query commune (or its arrondissements) or within the radius of one; its
    /// distance is to the nearest query commune's point (infinity without coordinates). Offers of
    /// a commune code whose located offers all sit at one point get the same answer: it is
    /// computed once per code and query (<see cref="GeoCache"/>).
    /// </summary>
    private static bool MatchGeo(SegmentPlan plan, QueryPoint[] points, int d, out double distance)
    {
        var segment = plan.Segment;
        var code = segment[CodeField.Commune].Codes[d];
        var cache = plan.Geo!;
        var state = cache.State[code];
        if (state >= GeoCache.AllOutside)
        {
            // Every offer of the code is located, at one point: no need to read its coordinates.
            distance = cache.Distance[code];
            return state == GeoCache.AllInside;
        }
        var allowed = plan.Communes!.AllowsCode(code);
        var lat = segment.Latitude[d];
        var lon = segment.Longitude[d];
        if (double.IsNaN(lat))
        {
            distance = double.PositiveInfinity;
            return allowed;
        }
        if (double.IsNaN(lon))
            return MatchPoint(plan.Prepared.Radius, points, allowed, lat, lon, out distance);
        switch (state)
        {
            case GeoCache.Outside:
                distance = cache.Distance[code];
                return false;
            case GeoCache.Inside:
                distance = cache.Distance[code];
                return true;
            case GeoCache.Scattered:
                return MatchPoint(plan.Prepared.Radius, points, allowed, lat, lon, out distance);
            default:
                var matched = MatchPoint(plan.Prepared.Radius, points, allowed, lat, lon, out distance);
                cache.State[code] = !segment.CommuneBoxes.IsPoint(code) ? GeoCache.Scattered : matched ? GeoCache.Inside : GeoCache.Outside;
                cache.Distance[code] = distance;
                return matched;
        }
    }

    /// <summary>The radius test of one located offer (<paramref name="matched"/>: it is in a query commune).</summary>
    internal static bool MatchPoint(double radius, QueryPoint[] points, bool matched, double lat, double lon, out double distance)
    {
        distance = double.PositiveInfinity;
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

/// <summary>
/// Per query and segment, the geographic answer of each commune code whose located offers sit at
/// one point (the usual case: offers are placed at their commune's reference point), so that the
/// haversine formula runs once per commune rather than once per offer. Pooled arrays.
/// </summary>
internal sealed class GeoCache : IDisposable
{
    public const byte Unknown = 0;
    public const byte Outside = 1;
    public const byte Inside = 2;
    public const byte Scattered = 3;

    /// <summary>As Outside and Inside, and the code has no offer without coordinates.</summary>
    public const byte AllOutside = 4;
    public const byte AllInside = 5;

    public GeoCache(int cardinality)
    {
        State = System.Buffers.ArrayPool<byte>.Shared.Rent(Math.Max(1, cardinality));
        Array.Clear(State, 0, cardinality);
        Distance = System.Buffers.ArrayPool<double>.Shared.Rent(Math.Max(1, cardinality));
    }

    public byte[] State { get; }

    public double[] Distance { get; }

    public void Dispose()
    {
        System.Buffers.ArrayPool<byte>.Shared.Return(State);
        System.Buffers.ArrayPool<double>.Shared.Return(Distance);
    }
}
