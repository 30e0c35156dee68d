namespace OpenEmploi.Search.Index;

/// <summary>
/// One keyword over one segment, asked about documents in ascending order: cursors walk the
/// postings of its terms forward only (galloping), so checking a candidate costs a few reads.
/// A document matches when it has every term (in any field) or its ROME code is a synonym.
/// </summary>
internal sealed class KeywordMatcher : IDisposable
{
    private readonly Postings _postings;
    private readonly Bm25 _bm25;
    private readonly int[] _positions;
    private readonly int[] _ends;
    private readonly double[] _idfs;
    private readonly CodeFilter? _synonyms;
    private readonly double _synonymScore;
    private bool _matchedText;
    private int[]? _intersection;

    public KeywordMatcher(Segment segment, PreparedKeyword keyword, double[] idfs, Bm25 bm25)
    {
        _postings = segment.Text;
        _bm25 = bm25;
        _idfs = idfs;
        var n = keyword.Terms.Length;
        _positions = new int[n];
        _ends = new int[n];
        var smallest = -1;
        for (var i = 0; i < n; i++)
        {
            var term = _postings.TermOf(keyword.Terms[i]);
            if (term < 0)
            {
                HasTextMatches = false;
                _positions[i] = _ends[i] = 0;
                continue;
            }
            _positions[i] = _postings.Starts[term];
            _ends[i] = _postings.Starts[term + 1];
            if (smallest < 0 || _ends[i] - _positions[i] < _ends[smallest] - _positions[smallest])
                smallest = i;
        }
        SmallestTerm = HasTextMatches ? smallest : -1;
        if (keyword.SynonymRomes.Count > 0)
        {
            _synonyms = CodeFilter.Create(segment[CodeField.Rome], keyword.SynonymRomes);
            double sum = 0;
            foreach (var idf in idfs)
                sum += idf * Bm25.SynonymTermWeight;
            _synonymScore = sum;
        }
    }

    public bool HasTextMatches { get; } = true;

    /// <summary>
    /// True when the candidates are exactly this keyword's matches (<see cref="AddMatchingSlices"/>
    /// drives the segment): then every candidate matches, and <see cref="Matches"/> runs only for
    /// the documents whose <see cref="Score"/> is asked.
    /// </summary>
    public bool Drives { get; set; }

    /// <summary>
    /// Whether the candidate slices given last are exactly the matches: one term (or none in the
    /// segment: synonyms only), or several intersected by <see cref="AddMatchingSlices"/>.
    /// </summary>
    public bool CandidatesAreExact => !IsIntersection || _intersection is not null;

    /// <summary>Whether the text matches are an intersection of several terms' postings.</summary>
    public bool IsIntersection => HasTextMatches && _positions.Length > 1;

    /// <summary>
    /// Exactly the keyword's matches, as slices whose union they are: the intersection of its terms'
    /// postings (into a pooled array) and the synonyms' ROME postings. To be called before any
    /// <see cref="Matches"/>.
    /// </summary>
    public long AddMatchingSlices(List<PostingSlice> slices)
    {
        var docs = _postings.Docs;
        var rarest = SmallestTerm;
        var start = _positions[rarest];
        var end = _ends[rarest];
        _intersection ??= System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(1, end - start));
        Span<int> cursors = _positions.Length <= 32 ? stackalloc int[_positions.Length] : new int[_positions.Length];
        _positions.CopyTo(cursors);
        var n = 0;
        for (var k = start; k < end; k++)
        {
            var doc = docs[k];
            var all = true;
            for (var i = 0; i < cursors.Length; i++)
            {
                if (i == rarest)
                    continue;
                var p = Advance(docs, cursors[i], _ends[i], doc);
                cursors[i] = p;
                if (p >= _ends[i])
                {
                    // This term has no document ≥ doc: no later document can match either.
                    k = end;
                    all = false;
                    break;
                }
                if (docs[p] != doc)
                {
                    all = false;
                    break;
                }
            }
            if (all)
                _intersection[n++] = doc;
        }
        slices.Add(new PostingSlice(_intersection, 0, n));
        long size = n;
        if (_synonyms is not null)
        {
            size += _synonyms.EstimatedSize;
            _synonyms.AddPostings(slices);
        }
        return size;
    }

    /// <summary>Index of the rarest term; -1 when some term is absent from the segment.</summary>
    public int SmallestTerm { get; }

    public bool MatchesNothing => !HasTextMatches && (_synonyms is null || _synonyms.MatchesNothing);

    /// <summary>A superset of the keyword's matches: its rarest term's postings plus the synonyms' ROME postings.</summary>
    public long AddCandidateSlices(List<PostingSlice> slices)
    {
        long size = 0;
        if (SmallestTerm >= 0)
        {
            var length = _ends[SmallestTerm] - _positions[SmallestTerm];
            slices.Add(new PostingSlice(_postings.Docs, _positions[SmallestTerm], length));
            size += length;
        }
        if (_synonyms is not null)
        {
            size += _synonyms.EstimatedSize;
            _synonyms.AddPostings(slices);
        }
        return size;
    }

    /// <summary>
    /// Whether the document (asked in ascending order) matches; its score is then
    /// <see cref="Score"/>, to be asked before the next document.
    /// </summary>
    public bool Matches(int doc)
    {
        if (HasTextMatches)
        {
            var docs = _postings.Docs;
            var all = true;
            for (var i = 0; i < _positions.Length; i++)
            {
                var p = Advance(docs, _positions[i], _ends[i], doc);
                _positions[i] = p;
                if (p >= _ends[i] || docs[p] != doc)
                {
                    all = false;
                    break;
                }
            }
            if (all)
            {
                _matchedText = true;
                return true;
            }
        }
        _matchedText = false;
        return _synonyms is not null && _synonyms.Allows(doc);
    }

    /// <summary>The score of the document <see cref="Matches"/> accepted last.</summary>
    public double Score(int doc)
    {
        if (Drives)
            Matches(doc);
        if (!_matchedText)
            return _synonymScore;
        var score = 0.0;
        var lengths = _postings.FieldLengths.AsSpan(doc * Segment.FieldCount, Segment.FieldCount);
        for (var i = 0; i < _positions.Length; i++)
            score += _bm25.Score(_idfs[i], _postings.Tfs[_positions[i]], lengths);
        return score;
    }

    /// <summary>First position in [from, end) whose doc is ≥ target: gallop, then binary search.</summary>
    private static int Advance(int[] docs, int from, int end, int target)
    {
        if (from >= end || docs[from] >= target)
            return from;
        var step = 1;
        var lo = from;
        var hi = from + 1;
        while (hi < end && docs[hi] < target)
        {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        if (hi > end)
            hi = end;
        // docs[lo] < target; answer in (lo, hi].
        var index = Array.BinarySearch(docs, lo + 1, hi - lo - 1, target);
        return index >= 0 ? index : ~index;
    }

    public void Dispose()
    {
        _synonyms?.Dispose();
        if (_intersection is not null)
            System.Buffers.ArrayPool<int>.Shared.Return(_intersection);
    }
}
