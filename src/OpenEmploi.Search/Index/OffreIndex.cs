using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>
/// An immutable snapshot of the live offers: a base segment, the base documents deleted or
/// replaced since it was built (a bitmap), and a small delta segment holding the offers created or
/// updated since. Any number of threads may search it while the engine prepares the next one.
/// </summary>
public sealed class OffreIndex
{
    internal OffreIndex(IndexContext context, Segment @base, ulong[]? deleted, int deletedCount, Segment delta, long sequence)
    {
        Context = context;
        Base = @base;
        Deleted = deleted;
        DeletedCount = deletedCount;
        Delta = delta;
        Sequence = sequence;
        var totals = new long[Segment.FieldCount];
        for (var f = 0; f < totals.Length; f++)
            totals[f] = @base.Text.FieldLengthTotals[f] + delta.Text.FieldLengthTotals[f];
        // Statistics include replaced base documents, as in Lucene: cheap, and close enough for ranking.
        Scoring = new Bm25(@base.Count + delta.Count, totals);
    }

    public IndexContext Context { get; }

    /// <summary>The last change-log sequence this snapshot reflects.</summary>
    public long Sequence { get; }

    /// <summary>Number of live offers.</summary>
    public int Count => Base.Count - DeletedCount + Delta.Count;

    internal Segment Base { get; }

    internal ulong[]? Deleted { get; }

    internal int DeletedCount { get; }

    internal Segment Delta { get; }

    internal Bm25 Scoring { get; }

    // The bare query's answer for this snapshot (BareQuery); computed on first use.
    private SearchResult? _bare;

    /// <summary>Whether the offer is live in this snapshot.</summary>
    public bool Contains(string id) =>
        Delta.DocById.ContainsKey(id)
        || (Base.DocById.TryGetValue(id, out var d) && (Deleted is null || (Deleted[d >> 6] & (1UL << d)) == 0));

    /// <summary>
    /// Runs a query: ids of the window [Start, End] in the query's order, the total number of
    /// matches and the requested facets counted over all of them. <paramref name="now"/> anchors
    /// publieeDepuis.
    /// </summary>
    public SearchResult Search(SearchQuery query, DateTime now)
    {
        if (BareQuery.Applies(query))
        {
            var all = LazyInitializer.EnsureInitialized(ref _bare, () => Execute(
                new SearchQuery { Start = 0, End = BareQuery.MaxWindow - 1, Facets = BareQuery.AllFacets }, now));
            return BareQuery.Slice(all, query);
        }
        return Execute(query, now);
    }

    private SearchResult Execute(SearchQuery query, DateTime now)
    {
        var prepared = new PreparedQuery(query, now, Context);
        var k = query.End >= query.Start ? Math.Max(0, query.End + 1) : 0;
        string[][] ids = [Base.Ids, Delta.Ids];
        var comparer = new HitComparer(query.Sort, ids);
        var totals = new Dictionary<string, int>[query.Facets.Count];
        for (var i = 0; i < totals.Length; i++)
            totals[i] = new Dictionary<string, int>(StringComparer.Ordinal);
        var hits = new List<Hit>(Math.Min(2 * k, 2 * 3150));
        var total = 0;
        total += SearchSegment(Base, Deleted, 0, prepared, comparer, k, totals, hits);
        total += SearchSegment(Delta, null, 1, prepared, comparer, k, totals, hits);
        hits.Sort(comparer);
        var window = new List<string>();
        for (var i = Math.Max(0, query.Start); i <= query.End && i < hits.Count; i++)
            window.Add(ids[hits[i].Segment][hits[i].Doc]);
        return new SearchResult(window, total, FacetResults(query.Facets, totals));
    }

    private int SearchSegment(
        Segment segment, ulong[]? deleted, int index, PreparedQuery prepared, HitComparer comparer,
        int k, Dictionary<string, int>[] totals, List<Hit> hits)
    {
        if (segment.Count == 0)
            return 0;
        using var plan = new SegmentPlan(segment, prepared, DocumentFrequencyIdf, Scoring);
        using var tally = new FacetTally(segment, prepared.Query.Facets, prepared.Query.Facets.Count > 0 ? segment.FacetCombos : null);
        using var top = new TopK(k, comparer);
        var count = SegmentSearcher.Run(plan, deleted, index, tally, top);
        tally.AddTo(totals);
        top.CopyTo(hits);
        return count;
    }

    private double DocumentFrequencyIdf(string term)
    {
        long df = 0;
        var t = Base.Text.TermOf(term);
        if (t >= 0)
            df += Base.Text.DocFrequency(t);
        t = Delta.Text.TermOf(term);
        if (t >= 0)
            df += Delta.Text.DocFrequency(t);
        return Scoring.Idf(df);
    }

    private static List<FacetCounts> FacetResults(IReadOnlyList<FacetKind> kinds, Dictionary<string, int>[] totals)
    {
        var facets = new List<FacetCounts>(kinds.Count);
        for (var i = 0; i < kinds.Count; i++)
        {
            var values = new List<FacetValue>(totals[i].Count);
            foreach (var (value, count) in totals[i])
                values.Add(new FacetValue(value, count));
            values.Sort(static (a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Value, b.Value));
            facets.Add(new FacetCounts(kinds[i], values));
        }
        return facets;
    }
}
