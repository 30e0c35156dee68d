using System.Buffers;
using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>
/// A prepared query resolved against one segment's dictionaries: code filters as bool tables,
/// keywords as posting cursors, and the smallest posting union to start from (the "driver").
/// </summary>
internal sealed class SegmentPlan : IDisposable
{
    private readonly List<CodeFilter> _filters = [];
    // Candidate sets; Exact is the filter (or ContractsDriver) whose check the set makes redundant.
    private readonly List<(long Size, List<PostingSlice> Slices, object? Exact)> _drivers = [];
    private static readonly object ContractsDriver = new();

    public SegmentPlan(Segment segment, PreparedQuery prepared, Func<string, double> idf, Bm25 bm25)
    {
        Segment = segment;
        Prepared = prepared;
        var q = prepared.Query;
        AddCodeFilter(CodeField.Rome, q.CodesRome);
        if (q.Appellation is not null)
            AddCodeFilter(CodeField.Appellation, [q.Appellation]);
        if (q.Domaine is not null)
            AddCodeFilter(CodeField.Domaine, [q.Domaine]);
        if (q.GrandDomaine is not null)
        {
            // A letter is a grand domaine; a sub-group such as M18 is the domaine of that code.
            AddCodeFilter(q.GrandDomaine.Length == 1 ? CodeField.GrandDomaine : CodeField.Domaine, [q.GrandDomaine]);
        }
        if (prepared.ThemeDomaines is { } themeDomaines)
        {
            // Not AddCodeFilter: themes that name no domaine must match nothing, not everything.
            var filter = CodeFilter.Create(segment[CodeField.Domaine], themeDomaines);
            Track(filter, filter);
        }
        AddCodeFilter(CodeField.Division, q.SecteursActivite);
        AddCodeFilter(CodeField.Naf, q.CodesNaf);
        AddCodeFilter(CodeField.Departement, prepared.Departements);
        if (q.Region is not null)
            AddCodeFilter(CodeField.Region, [q.Region]);
        if (q.Partenaires.Count > 0)
        {
            var filter = CodeFilter.Create(segment[CodeField.Source], q.Partenaires, q.PartenairesExclus);
            Track(filter, filter.Exclude ? null : filter);
        }
        // No offer is an MRS offer (the document has no such field), and none is placed outside
        // France: these answers need no document.
        if (q.OffresMrs == true || prepared.RequiresFrance == false)
            MatchesNothing = true;
        RequiresFrance = prepared.RequiresFrance == true;
        PrepareContracts(q);
        PrepareCommunes(prepared);
        NiveauFormation = PrepareMulti(segment.NiveauxFormation, q.NiveauFormation);
        Permis = PrepareMulti(segment.Permis, q.Permis);
        Keywords = new KeywordMatcher[prepared.Keywords.Length];
        for (var i = 0; i < Keywords.Length; i++)
        {
            var keyword = prepared.Keywords[i];
            var idfs = new double[keyword.Terms.Length];
            for (var t = 0; t < idfs.Length; t++)
                idfs[t] = idf(keyword.Terms[t]);
            var matcher = new KeywordMatcher(segment, keyword, idfs, bm25);
            Keywords[i] = matcher;
            if (matcher.MatchesNothing)
                MatchesNothing = true;
            var slices = new List<PostingSlice>();
            _drivers.Add((matcher.AddCandidateSlices(slices), slices, matcher));
        }
        // The driver's documents all pass the filter it comes from: that check is skipped.
        var best = -1;
        for (var i = 0; i < _drivers.Count; i++)
        {
            if (best < 0 || _drivers[i].Size < _drivers[best].Size)
                best = i;
        }
        // A keyword of several terms drives through its rarest term: when it is chosen, intersect
        // its terms' postings first (a tight loop) rather than visit every rarest-term document.
        if (best >= 0 && _drivers[best].Exact is KeywordMatcher { IsIntersection: true } chosen)
        {
            var slices = new List<PostingSlice>();
            _drivers[best] = (chosen.AddMatchingSlices(slices), slices, chosen);
        }
        // A union covering a large share of the segment is slower than a plain scan.
        object? exact = null;
        if (best >= 0 && _drivers[best].Size < Segment.Count / 3)
        {
            Driver = _drivers[best].Slices;
            DriverIsDisjoint = AreDisjoint(Driver);
            exact = _drivers[best].Exact;
            if (exact is KeywordMatcher { CandidatesAreExact: true } driving)
                driving.Drives = true;
        }
        var filters = new List<CodeFilter>(_filters.Count);
        foreach (var f in _filters)
        {
            if (!ReferenceEquals(f, exact))
                filters.Add(f);
        }
        Filters = [.. filters];
        CheckContracts = (Types is not null || Natures is not null) && !ReferenceEquals(exact, ContractsDriver);
        ChecksFacts = prepared.CreationFrom != long.MinValue || prepared.CreationTo != long.MaxValue
            || q.Experience is not null || q.ExperienceExigence is not null || q.OrigineOffre is not null
            || q.Qualification is not null || q.TempsPlein is not null || q.DureeHebdoNonPrecisee
            || q.DureeHebdoMinMinutes is not null || q.DureeHebdoMaxMinutes is not null
            || q.DureeContratMinMois is not null || q.DureeContratMaxMois is not null
            || prepared.SalaryThresholds is not null
            || q.AccesTravailleurHandicape is not null || q.OffresManqueCandidats is not null || q.Alternance is not null
            || q.EntreprisesAdaptees is not null || q.EmployeursHandiEngages is not null
            || NiveauFormation is not null || Permis is not null || RequiresFrance;
    }

    public Segment Segment { get; }

    public PreparedQuery Prepared { get; }

    public bool MatchesNothing { get; private set; }

    /// <summary>paysContinent covers France: documents must carry <see cref="OffreFlags.EnFrance"/>.</summary>
    public bool RequiresFrance { get; }

    /// <summary>The code filters (an array: the per-document loop must not enumerate an interface).</summary>
    public CodeFilter[] Filters { get; }

    /// <summary>
    /// False when the query has none of the per-document fact filters of <see cref="Index.Filters"/>
    /// after the code filters (dates, experience, durations, salary, flags, multi-valued codes).
    /// </summary>
    public bool ChecksFacts { get; }

    /// <summary>typeContrat OR natureContrat; either may be null when its list is empty.</summary>
    public CodeFilter? Types { get; private set; }

    public CodeFilter? Natures { get; private set; }

    /// <summary>Commune codes that match by themselves (distance 0 and the city ↔ arrondissements rule).</summary>
    public CodeFilter? Communes { get; private set; }

    /// <summary>Per commune code answers of the radius test; non-null when <see cref="Communes"/> is.</summary>
    public GeoCache? Geo { get; private set; }

    public MultiPosting? NiveauFormation { get; }

    public MultiPosting? Permis { get; }

    public KeywordMatcher[] Keywords { get; }

    /// <summary>The posting union to iterate, or null to scan every document.</summary>
    public List<PostingSlice>? Driver { get; }

    /// <summary>
    /// True when no document is in two of the driver's slices (several codes of one single-valued
    /// column): then, without keywords (whose cursors need ascending documents), the slices can be
    /// walked one after the other instead of through a bitmap, since counts and the top-k do not
    /// depend on the order the matches come in.
    /// </summary>
    public bool DriverIsDisjoint { get; }

    /// <summary>Whether typeContrat/natureContrat must be checked per document (not when they drive).</summary>
    public bool CheckContracts { get; }

    /// <summary>
    /// Slices of one single-valued code column's postings (each document once in its Docs) that
    /// do not overlap: they hold distinct documents.
    /// </summary>
    private bool AreDisjoint(List<PostingSlice> slices)
    {
        if (slices.Count < 2)
            return true;
        var docs = slices[0].Docs;
        var column = false;
        foreach (var c in Segment.Codes)
            column |= ReferenceEquals(c.Docs, docs);
        if (!column)
            return false;
        var ranges = new (int Start, int End)[slices.Count];
        for (var i = 0; i < ranges.Length; i++)
        {
            if (!ReferenceEquals(slices[i].Docs, docs))
                return false;
            ranges[i] = (slices[i].Start, slices[i].Start + slices[i].Length);
        }
        Array.Sort(ranges);
        for (var i = 1; i < ranges.Length; i++)
        {
            if (ranges[i].Start < ranges[i - 1].End)
                return false;
        }
        return true;
    }

    private void AddCodeFilter(CodeField field, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
            return;
        var filter = CodeFilter.Create(Segment[field], values);
        Track(filter, filter);
    }

    private void Track(CodeFilter filter, CodeFilter? driver)
    {
        _filters.Add(filter);
        if (filter.MatchesNothing)
            MatchesNothing = true;
        if (driver is not null)
        {
            var slices = new List<PostingSlice>();
            driver.AddPostings(slices);
            _drivers.Add((driver.EstimatedSize, slices, driver));
        }
    }

    private void PrepareContracts(SearchQuery q)
    {
        if (q.TypesContrat.Count == 0 && q.NaturesContrat.Count == 0)
            return;
        Types = q.TypesContrat.Count > 0 ? CodeFilter.Create(Segment[CodeField.TypeContrat], q.TypesContrat) : null;
        Natures = q.NaturesContrat.Count > 0 ? CodeFilter.Create(Segment[CodeField.NatureContrat], q.NaturesContrat) : null;
        if ((Types?.MatchesNothing ?? true) && (Natures?.MatchesNothing ?? true))
            MatchesNothing = true;
        var slices = new List<PostingSlice>();
        Types?.AddPostings(slices);
        Natures?.AddPostings(slices);
        _drivers.Add(((Types?.EstimatedSize ?? 0) + (Natures?.EstimatedSize ?? 0), slices, ContractsDriver));
    }

    private void PrepareCommunes(PreparedQuery prepared)
    {
        if (prepared.Points is not { } points)
            return;
        var codes = new List<string>();
        foreach (var p in points)
            codes.AddRange(p.Communes);
        Communes = CodeFilter.Create(Segment[CodeField.Commune], codes);
        Geo = new GeoCache(Segment[CodeField.Commune].Cardinality);
        var slices = new List<PostingSlice>();
        if (prepared.Radius == 0)
        {
            Communes.AddPostings(slices);
            _drivers.Add((Communes.EstimatedSize, slices, null));
            return;
        }
        // Within a radius: the query communes' own postings, plus those of every commune code
        // (0 included) with a located document inside a query box. SegmentSearcher.MatchGeo only
        // matches a document by its commune code or inside a box, so nothing is missed. Codes
        // whose located offers share one point are answered here once (Geo), and dropped when
        // that point is out of reach and the code is not a query commune.
        var column = Segment[CodeField.Commune];
        var boxes = Segment.CommuneBoxes;
        long size = 0;
        foreach (var c in CandidateCommuneCodes(column, boxes, points))
        {
            var length = column.PostingLength(c);
            var allowed = Communes.AllowsCode(c);
            if (length == 0 || !(allowed || MeetsAny(boxes, c, points)))
                continue;
            if (boxes.IsPoint(c))
            {
                // Every located offer of the code sits at this point: one answer for all of them.
                var (lat, lon) = boxes.PointOf(c);
                var matched = SegmentSearcher.MatchPoint(prepared.Radius, points, allowed, lat, lon, out var distance);
                Geo.State[c] = boxes.HasUnlocated(c)
                    ? matched ? GeoCache.Inside : GeoCache.Outside
                    : matched ? GeoCache.AllInside : GeoCache.AllOutside;
                Geo.Distance[c] = distance;
                // Not a query commune and its point out of reach: none of its offers can match.
                if (!matched)
                    continue;
            }
            slices.Add(new PostingSlice(column.Docs, column.Starts[c], length));
            size += length;
        }
        _drivers.Add((size, slices, null));
    }

    /// <summary>
    /// The commune codes a radius query must look at, ascending: the query communes' own and those
    /// the grid of <see cref="CommuneBoxes"/> finds near a query box; every code when a box is too
    /// wide for the grid. The caller still checks each against the boxes.
    /// </summary>
    private List<int> CandidateCommuneCodes(CodeColumn column, CommuneBoxes boxes, QueryPoint[] points)
    {
        var codes = new List<int>();
        foreach (var p in points)
        {
            if (p.HasPoint && !boxes.TryAddCodesNear(p.Box, codes))
                return [.. Enumerable.Range(0, column.Cardinality)];
        }
        codes.AddRange(Communes!.Codes);
        codes.Sort();
        var distinct = 0;
        for (var i = 0; i < codes.Count; i++)
        {
            if (distinct == 0 || codes[i] != codes[distinct - 1])
                codes[distinct++] = codes[i];
        }
        codes.RemoveRange(distinct, codes.Count - distinct);
        return codes;
    }

    private static bool MeetsAny(CommuneBoxes boxes, int code, QueryPoint[] points)
    {
        foreach (var p in points)
        {
            if (p.HasPoint && boxes.Meets(code, p.Box))
                return true;
        }
        return false;
    }

    private MultiPosting? PrepareMulti(MultiCodeColumn column, string? value)
    {
        if (value is null)
            return null;
        var code = column.CodeOf(value);
        if (code < 0)
        {
            MatchesNothing = true;
            return null;
        }
        var posting = new MultiPosting(column.Docs, column.Starts[code], column.Starts[code + 1]);
        _drivers.Add((posting.End - posting.Start, [new PostingSlice(column.Docs, posting.Start, posting.End - posting.Start)], null));
        return posting;
    }

    public void Dispose()
    {
        foreach (var f in _filters)
            f.Dispose();
        Types?.Dispose();
        Natures?.Dispose();
        Communes?.Dispose();
        Geo?.Dispose();
        foreach (var k in Keywords)
            k.Dispose();
    }
}

/// <summary>Membership in one multi-valued code's postings, by binary search.</summary>
internal sealed class MultiPosting(int[] docs, int start, int end)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public bool Contains(int doc) => Array.BinarySearch(docs, Start, End - Start, doc) >= 0;
}

internal static class BitmapPool
{
    public static ulong[] Rent(int bits)
    {
        var words = (bits + 63) >> 6;
        var array = ArrayPool<ulong>.Shared.Rent(Math.Max(1, words));
        Array.Clear(array, 0, words);
        return array;
    }

    public static void Return(ulong[] array) => ArrayPool<ulong>.Shared.Return(array);
}
