namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Finds the members worth verifying against a fingerprint: those with the same content hash or
/// the same apply URL (exact layer), and those sharing at least one of the 32 LSH band keys.
/// Every key is combined with the member's département: two members in two départements are
/// never one job (<see cref="Compatibility.SamePlace"/>: the same commune or postal code is in
/// the same département, and two départements are compared as such), so a lookup walks only its
/// own département's chains and those of the members without one — about a hundredth of a
/// national base. A fingerprint without a département (placed by région, or not at all) walks
/// every département's chains. Insert and remove are O(lanes), so offers can come, change and go;
/// a lookup costs one probe per lane and département walked plus one step per member met,
/// de-duplicated with a stamp per slot instead of a set.
/// </summary>
internal sealed class CandidateIndex
{
    public const int ContentLane = MinHasher.Bands;
    public const int UrlLane = MinHasher.Bands + 1;
    private const int LaneCount = MinHasher.Bands + 2;
    private const int MaxWalk = 512;

    private readonly SlotChains _chains = new(LaneCount);
    // The members loaded at once, until they change or go: packed, read-only lanes.
    private SealedLanes? _sealed;
    private readonly uint[] _keys = new uint[LaneCount];
    // Members per département (interned strings), to know which to walk for a fingerprint without one.
    private readonly Dictionary<string, int> _departements = new(StringComparer.Ordinal);
    private int[] _stamps = new int[1024];
    private int[] _positions = new int[1024];
    private int _epoch;

    /// <summary>
    /// Starts loading <paramref name="members"/> members at once (slots 0 to members − 1): they are
    /// given by <see cref="InsertLoaded"/>, then <see cref="Seal"/> makes them candidates. Only on
    /// an empty index.
    /// </summary>
    public void BeginLoad(int members)
    {
        if (_sealed is not null)
            throw new InvalidOperationException("Un index de candidats ne se charge qu'une fois.");
        _sealed = new SealedLanes(LaneCount, members);
        if (members > _stamps.Length)
        {
            Array.Resize(ref _stamps, members);
            Array.Resize(ref _positions, members);
        }
    }

    /// <summary>A loaded member, between <see cref="BeginLoad"/> and <see cref="Seal"/>: its band keys are not needed afterwards.</summary>
    public void InsertLoaded(int slot, Fingerprint print)
    {
        _sealed!.Add(slot, Keys(print, print.Departement));
        Count(print, 1);
    }

    public void Seal() => _sealed?.Seal();

    /// <summary>Bytes held by the lanes and the lookup's scratch tables (benchmarks).</summary>
    public long Footprint() =>
        _chains.Footprint() + (_sealed?.Footprint() ?? 0) + DuplicateIndex.ArrayBytes(_stamps.Length, 4) + DuplicateIndex.ArrayBytes(_positions.Length, 4);

    public void Insert(int slot, Fingerprint print)
    {
        _chains.Insert(slot, Keys(print, print.Departement));
        Count(print, 1);
    }

    /// <summary>Forgets <paramref name="slot"/>, inserted with <paramref name="print"/> (a loaded member's entries are only skipped from now on).</summary>
    public void Remove(int slot, Fingerprint print)
    {
        if (_sealed is not null && _sealed.IsSealed(slot))
            _sealed.Unseal(slot);
        else
            _chains.Remove(slot, Keys(print, print.Departement));
        Count(print, -1);
    }

    private void Count(Fingerprint print, int delta)
    {
        if (print.Departement is not { } departement)
            return;
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_departements, departement, out _);
        count += delta;
        if (count == 0)
            _departements.Remove(departement);
    }

    /// <summary>Appends the candidates of <paramref name="print"/> to <paramref name="into"/>, never <paramref name="self"/>.</summary>
    public void Candidates(Fingerprint print, int self, List<Candidate> into)
    {
        if (++_epoch == int.MaxValue)
        {
            Array.Clear(_stamps);
            _epoch = 1;
        }
        if (print.Departement is { } departement)
        {
            WalkLanes(print, departement, self, into);
        }
        else
        {
            foreach (var other in _departements.Keys)
                WalkLanes(print, other, self, into);
        }
        // Members without a département may be anywhere.
        WalkLanes(print, null, self, into);
    }

    private void WalkLanes(Fingerprint print, string? departement, int self, List<Candidate> into)
    {
        var keys = Keys(print, departement);
        Walk(ContentLane, keys[ContentLane], self, into, CandidateReason.SameContent);
        Walk(UrlLane, keys[UrlLane], self, into, CandidateReason.SameApplyUrl);
        for (var band = 0; band < print.BandKeys.Length; band++)
            Walk(band, keys[band], self, into, CandidateReason.MinHash);
    }

    /// <summary>The fingerprint's key in each lane, combined with <paramref name="departement"/> (none: the plain keys); 0 where it has none.</summary>
    private ReadOnlySpan<uint> Keys(Fingerprint print, string? departement)
    {
        var keys = _keys.AsSpan();
        keys.Clear();
        print.BandKeys.CopyTo(keys);
        keys[ContentLane] = print.ContentHash;
        keys[UrlLane] = print.UrlHash;
        if (departement is not null)
        {
            var place = Hashing.Chars(departement);
            foreach (ref var key in keys)
            {
                if (key != 0)
                    key = Hashing.Fold32(Hashing.Combine(place, key));
            }
        }
        return keys;
    }

    private void Walk(int lane, uint key, int self, List<Candidate> into, CandidateReason reason)
    {
        // Chains are newest first; a bucket thousands of offers share (one text posted for every
        // city of a chain of shops) is read only as far as MaxWalk, which keeps a lookup bounded.
        // The chains hold the members added since the load, newer than the sealed ones.
        if (key == 0)
            return;
        var walked = 0;
        for (var slot = _chains.First(lane, key); slot >= 0 && walked++ < MaxWalk; slot = _chains.Next(lane, slot))
            Meet(slot, self, into, reason);
        if (_sealed is null)
            return;
        for (var at = _sealed.End(lane, key) - 1; walked < MaxWalk; at--)
        {
            var slot = _sealed.SlotAt(lane, at, key);
            if (slot < 0)
                break;
            // A slot no longer sealed is another member's now, or none's: its entries are stale.
            if (!_sealed.IsSealed(slot))
                continue;
            walked++;
            Meet(slot, self, into, reason);
        }
    }

    private void Meet(int slot, int self, List<Candidate> into, CandidateReason reason)
    {
        if (slot == self)
            return;
        if (slot >= _stamps.Length)
        {
            var size = Math.Max(slot + 1, _stamps.Length + (_stamps.Length / 4));
            Array.Resize(ref _stamps, size);
            Array.Resize(ref _positions, size);
        }
        if (_stamps[slot] == _epoch)
        {
            var position = _positions[slot];
            into[position] = into[position] with { Reason = into[position].Reason | reason };
            return;
        }
        _stamps[slot] = _epoch;
        _positions[slot] = into.Count;
        into.Add(new Candidate(slot, reason));
    }
}

/// <summary>Why a member was met: the exact layers it shares, or a band.</summary>
[Flags]
internal enum CandidateReason
{
    None = 0,
    SameContent = 1,
    SameApplyUrl = 2,
    MinHash = 4,
}

internal readonly record struct Candidate(int Slot, CandidateReason Reason);
