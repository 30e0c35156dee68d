using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Search;

/// <summary>
/// The stored documents of offers recently shown in a result page, kept in memory so that the
/// next page listing them is not read from the store again. Reading 20 documents from SQLite was
/// a quarter of the offers API's server CPU at a million offers (2026-11-29 profile in
/// docs/benchmarks.md: B-tree probes and 16 KiB page copies for 3 KB documents), and the same
/// offers come back in many pages (the newest of a département, of a city, of a frequent
/// occupation).
/// <para>
/// Consistency: the cache is exactly as fresh as the index it serves. The index follower drops an
/// offer's document when it applies that offer's change (<see cref="Evict"/>), before the new
/// snapshot is published, and a document read from the store while a drop happened is not kept
/// (the epoch check), so an old version cannot come back after its drop. Between a change in the
/// store and its application (at most about half a second), a result page may show the version
/// the index still lists, as it already lists the offer itself. The detail endpoint never reads
/// from here.
/// </para>
/// <para>
/// Memory: two generations of at most half the budget each; when the recent one is full it
/// becomes the old one and the previous old one is dropped. A hit in the old generation moves the
/// document back to the recent one: a least-recently-used approximation with no per-hit list
/// upkeep.
/// </para>
/// </summary>
public sealed class ResultDocumentCache
{
    // Dictionary entry, key string and array headers beside the document's own bytes.
    private const int EntryOverheadBytes = 120;

    private readonly Lock _gate = new();
    private readonly long _generationBytes;
    private Dictionary<string, byte[]> _recent = new(StringComparer.Ordinal);
    private Dictionary<string, byte[]> _older = new(StringComparer.Ordinal);
    private long _recentBytes;
    private long _olderBytes;
    private long _epoch;
    private long _hits;
    private long _misses;

    /// <param name="budgetBytes">Memory for documents and their entries; 0 turns the cache off.</param>
    public ResultDocumentCache(long budgetBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budgetBytes);
        _generationBytes = budgetBytes / 2;
    }

    public bool Enabled => _generationBytes > 0;

    /// <summary>Documents held and the bytes they take (entries included).</summary>
    public (int Documents, long Bytes) Size
    {
        get
        {
            lock (_gate)
                return (_recent.Count + _older.Count, _recentBytes + _olderBytes);
        }
    }

    /// <summary>Documents found here and documents read from the store since start.</summary>
    public (long Hits, long Misses) Counters => (Interlocked.Read(ref _hits), Interlocked.Read(ref _misses));

    /// <summary>
    /// The documents of <paramref name="ids"/> that exist, from memory or else from the store in one
    /// read, as <see cref="IOffreStore.GetJsonUtf8ManyAsync"/> returns them.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, byte[]>> GetManyAsync(IOffreStore store, IReadOnlyList<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ids);
        if (!Enabled)
            return await store.GetJsonUtf8ManyAsync(ids, ct);

        var found = new Dictionary<string, byte[]>(ids.Count, StringComparer.Ordinal);
        List<string>? missing = null;
        long epoch;
        lock (_gate)
        {
            epoch = _epoch;
            foreach (var id in ids)
            {
                if (_recent.TryGetValue(id, out var document))
                {
                    found[id] = document;
                }
                else if (_older.Remove(id, out document))
                {
                    _olderBytes -= Weight(id, document);
                    found[id] = document;
                    AddRecent(id, document);
                }
                else if (!found.ContainsKey(id))
                {
                    (missing ??= []).Add(id);
                }
            }
        }
        Interlocked.Add(ref _hits, found.Count);
        if (missing is null)
            return found;

        Interlocked.Add(ref _misses, missing.Count);
        var read = await store.GetJsonUtf8ManyAsync(missing, ct);
        lock (_gate)
        {
            // A drop happened while reading: what was read may predate it, so it is not kept.
            var keep = _epoch == epoch;
            foreach (var (id, document) in read)
            {
                found[id] = document;
                if (keep && !_recent.ContainsKey(id))
                    AddRecent(id, document);
            }
        }
        return found;
    }

    /// <summary>Drops the documents of offers whose change the index is applying.</summary>
    public void Evict(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        lock (_gate)
        {
            _epoch++;
            foreach (var id in ids)
            {
                if (_recent.Remove(id, out var document))
                    _recentBytes -= Weight(id, document);
                if (_older.Remove(id, out document))
                    _olderBytes -= Weight(id, document);
            }
        }
    }

    private void AddRecent(string id, byte[] document)
    {
        _recent[id] = document;
        _recentBytes += Weight(id, document);
        if (_recentBytes <= _generationBytes)
            return;
        _older = _recent;
        _olderBytes = _recentBytes;
        _recent = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        _recentBytes = 0;
    }

    private static long Weight(string id, byte[] document) => document.Length + 2L * id.Length + EntryOverheadBytes;
}
