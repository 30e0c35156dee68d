using OpenEmploi.Search.Facts;

namespace OpenEmploi.Search.Index;

/// <summary>
/// The engine's mutable side, touched only under its gate: the base segment, the base documents
/// masked by later changes, the changed offers (facts, or null when deleted) and a background merge.
/// </summary>
internal sealed class EngineState(IndexContext context, Segment @base, long sequence, int mergeThreshold)
{
    private Segment _base = @base;
    private ulong[]? _deleted;
    private int _deletedCount;
    // The published snapshot shares _deleted: the next change copies it first.
    private bool _deletedShared;
    private Dictionary<string, OffreFacts?> _overlay = new(StringComparer.Ordinal);
    private Dictionary<string, OffreFacts?>? _sinceMerge;
    private Task<Segment>? _merge;

    public long Sequence { get; set; } = sequence;

    public void Apply(string id, OffreFacts? facts)
    {
        _overlay[id] = facts;
        if (_sinceMerge is not null)
            _sinceMerge[id] = facts;
        Mask(id);
    }

    public OffreIndex Publish()
    {
        var builder = new OffreIndexBuilder(context, _overlay.Count);
        foreach (var facts in _overlay.Values)
        {
            if (facts is not null)
                builder.Add(facts);
        }
        _deletedShared = true;
        return new OffreIndex(context, _base, _deleted, _deletedCount, builder.BuildSegment(), Sequence);
    }

    public void StartMergeIfDue()
    {
        if (_merge is not null || _overlay.Count < mergeThreshold)
            return;
        var (segment, deleted) = (_base, _deleted);
        _deletedShared = true;
        var delta = Publish().Delta;
        _sinceMerge = new Dictionary<string, OffreFacts?>(StringComparer.Ordinal);
        _merge = Task.Run(() => SegmentMerger.Merge(segment, deleted, delta));
    }

    public Task WaitForMergeAsync() => _merge ?? Task.CompletedTask;

    /// <summary>
    /// When the merge has finished: its segment becomes the base, and the changes applied while it
    /// ran become the new overlay, masking their documents in the new base. True when installed.
    /// </summary>
    public bool InstallMergeIfDone()
    {
        if (_merge is not { IsCompleted: true } merge)
            return false;
        _merge = null;
        var since = _sinceMerge!;
        _sinceMerge = null;
        // A failed merge leaves the state as it was; the next threshold check tries again.
        if (!merge.IsCompletedSuccessfully)
            return false;
        _base = merge.GetAwaiter().GetResult();
        _overlay = since;
        _deleted = null;
        _deletedCount = 0;
        _deletedShared = false;
        foreach (var id in since.Keys)
            Mask(id);
        return true;
    }

    private void Mask(string id)
    {
        if (!_base.DocById.TryGetValue(id, out var d))
            return;
        if (_deleted is null)
        {
            _deleted = new ulong[(_base.Count + 63) >> 6];
            _deletedShared = false;
        }
        else if (_deletedShared)
        {
            _deleted = (ulong[])_deleted.Clone();
            _deletedShared = false;
        }
        var bit = 1UL << d;
        if ((_deleted[d >> 6] & bit) == 0)
        {
            _deleted[d >> 6] |= bit;
            _deletedCount++;
        }
    }
}
