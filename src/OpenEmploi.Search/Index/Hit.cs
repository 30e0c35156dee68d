using OpenEmploi.Search.Query;

namespace OpenEmploi.Search.Index;

/// <summary>A matching document with its sort keys; Segment is 0 for the base, 1 for the delta.</summary>
internal readonly record struct Hit(double Score, double Distance, long Creation, int Segment, int Doc);

/// <summary>
/// The orders of <see cref="SearchSort"/>, each ending with the offer id (ordinal) so that equal
/// keys still give one stable order across pages and across base/delta segments.
/// </summary>
internal sealed class HitComparer(SearchSort sort, string[][] idsBySegment) : IComparer<Hit>
{
    public SearchSort Sort => sort;

    public int Compare(Hit a, Hit b)
    {
        var c = sort switch
        {
            SearchSort.Relevance => Chain(b.Score.CompareTo(a.Score), a.Distance.CompareTo(b.Distance), b.Creation.CompareTo(a.Creation)),
            SearchSort.Date => Chain(b.Creation.CompareTo(a.Creation), b.Score.CompareTo(a.Score), a.Distance.CompareTo(b.Distance)),
            _ => Chain(a.Distance.CompareTo(b.Distance), b.Score.CompareTo(a.Score), b.Creation.CompareTo(a.Creation)),
        };
        return c != 0 ? c : string.CompareOrdinal(idsBySegment[a.Segment][a.Doc], idsBySegment[b.Segment][b.Doc]);
    }

    private static int Chain(int first, int second, int third) => first != 0 ? first : second != 0 ? second : third;
}

/// <summary>
/// Keeps the k best hits seen so far in a max-heap whose root is the worst kept one: a hit that
/// does not beat the root costs one comparison. k is at most 3150 (the API's last window).
/// </summary>
internal sealed class TopK(int k, HitComparer comparer) : IDisposable
{
    private readonly int _k = Math.Max(k, 0);
    private readonly Hit[] _heap = System.Buffers.ArrayPool<Hit>.Shared.Rent(Math.Max(k, 1));
    private readonly bool _byDate = comparer.Sort == SearchSort.Date;
    private readonly bool _byRelevance = comparer.Sort == SearchSort.Relevance;
    private int _count;

    public void Dispose() => System.Buffers.ArrayPool<Hit>.Shared.Return(_heap);

    public void Offer(in Hit hit)
    {
        if (_k == 0)
            return;
        if (_count < _k)
        {
            _heap[_count] = hit;
            SiftUp(_count++);
        }
        else if (MayBeat(hit, _heap[0]) && comparer.Compare(hit, _heap[0]) < 0)
        {
            _heap[0] = hit;
            SiftDown(0);
        }
    }

    // The first key of the order alone, to refuse most hits without the full comparison.
    private bool MayBeat(in Hit hit, in Hit worst) =>
        _byDate ? hit.Creation >= worst.Creation : !_byRelevance || !(hit.Score < worst.Score);

    /// <summary>False when a hit of this creation time is sure to be refused (date order, heap full, older than the worst kept).</summary>
    public bool MayAccept(long creation) =>
        _k > 0 && (!_byDate || _count < _k || creation >= _heap[0].Creation);

    public void CopyTo(List<Hit> target)
    {
        for (var i = 0; i < _count; i++)
            target.Add(_heap[i]);
    }

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (comparer.Compare(_heap[i], _heap[parent]) <= 0)
                return;
            (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= _count)
                return;
            var worst = left;
            if (left + 1 < _count && comparer.Compare(_heap[left + 1], _heap[left]) > 0)
                worst = left + 1;
            if (comparer.Compare(_heap[worst], _heap[i]) <= 0)
                return;
            (_heap[i], _heap[worst]) = (_heap[worst], _heap[i]);
            i = worst;
        }
    }
}
