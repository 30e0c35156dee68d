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
    private readonly List<(long Size, List<PostingSlice> Slices)> _drivers = [];

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
            _drivers.Add((matcher.AddCandidateSlices(slices), slices));
        }
    }

    public Segment Segment { get; }

    public PreparedQuery Prepared { get; }

    public bool MatchesNothing { get; private set; }

    public IReadOnlyList<CodeFilter> Filters => _filters;

    /// <summary>typeContrat OR natureContrat; either may be null when its list is empty.</summary>
    public CodeFilter? Types { get; private set; }

    public CodeFilter? Natures { get; private set; }

    /// <summary>Commune codes that match by themselves (distance 0 and the city ↔ arrondissements rule).</summary>
    public CodeFilter? Communes { get; private set; }

    public MultiPosting? NiveauFormation { get; }

    public MultiPosting? Permis { get; }

    public KeywordMatcher[] Keywords { get; }

    /// <summary>The posting union to iterate, or null to scan every document.</summary>
    public List<PostingSlice>? Driver
    {
        get
        {
            (long Size, List<PostingSlice> Slices)? best = null;
            foreach (var d in _drivers)
            {
                if (best is null || d.Size < best.Value.Size)
                    best = d;
            }
            // A union covering a large share of the segment is slower than a plain scan.
            return best is { } b && b.Size < Segment.Count / 3 ? b.Slices : null;
        }
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
            _drivers.Add((driver.EstimatedSize, slices));
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
        _drivers.Add(((Types?.EstimatedSize ?? 0) + (Natures?.EstimatedSize ?? 0), slices));
    }

    private void PrepareCommunes(PreparedQuery prepared)
    {
        if (prepared.Points is not { } points)
            return;
        var codes = new List<string>();
        foreach (var p in points)
            codes.AddRange(p.Communes);
        Communes = CodeFilter.Create(Segment[CodeField.Commune], codes);
        // Within a radius, any commune may match: only "the commune alone" can start from postings.
        if (prepared.Radius == 0)
        {
            var slices = new List<PostingSlice>();
            Communes.AddPostings(slices);
            _drivers.Add((Communes.EstimatedSize, slices));
        }
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
        _drivers.Add((posting.End - posting.Start, [new PostingSlice(column.Docs, posting.Start, posting.End - posting.Start)]));
        return posting;
    }

    public void Dispose()
    {
        foreach (var f in _filters)
            f.Dispose();
        Types?.Dispose();
        Natures?.Dispose();
        Communes?.Dispose();
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
