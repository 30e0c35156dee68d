namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Finds the members worth verifying against a fingerprint: those with the same content hash or
/// the same apply URL (exact layer), and those sharing at least one of the 32 LSH band keys.
/// Every key is combined with the member's place, because two members in two communes are never
/// one job (<see cref="Compatibility.SamePlace"/>): a member is filed under its commune (its
/// "own" lanes, keyed by commune; by département for a member placed by its département only;
/// by région for one placed by its région only; plain for one without any place), and, when it
/// has a département, once more in the "wide" lanes keyed by département alone, for the copies
/// that give only their département.
/// A fingerprint with a commune walks its commune's keys, the keys of its département's members
/// without a commune, of its région's members without a département and the plain keys — about a
/// thirtieth of its département's members at a million offers; one placed by its département only
/// walks the département's wide keys, its région's and the plain ones; one placed by its région
/// walks the wide keys of that région's départements (and of the départements of members without
/// a région), its région's and the plain ones; one without any place walks every scope. (Two
/// régions never verify either, so a member placed by its région only is met by the records of
/// its région only, instead of by every record.) The scopes of members without a commune, placed
/// by région or without any place are not probed when nobody is filed there. So every member a
/// verification could accept is still met (only members whose commune disagrees with their own département, which the
/// normaliser does not produce, could be missed), and each key's walk is still cut at
/// <see cref="MaxWalk"/>, now within a commune. The content hash includes the place (commune,
/// postal code or département), so its lane is only in the own lanes. Insert and remove are
/// O(lanes), so offers can come, change and go; a lookup costs one probe per lane and key walked
/// plus one step per member met, de-duplicated with a stamp per slot instead of a set.
/// </summary>
internal sealed class CandidateIndex
{
    public const int ContentLane = MinHasher.Bands;
    public const int UrlLane = MinHasher.Bands + 1;
    // The own lanes (bands, content, URL), then the wide lanes at the same positions plus OwnLanes
    // (the wide content lane stays empty).
    private const int OwnLanes = MinHasher.Bands + 2;
    private const int LaneCount = 2 * OwnLanes;
    private const int MaxWalk = 512;

    // Seeds of the three ways a place is combined with a key, so that a commune code, a
    // département code and the same département's "no commune" scope never share keys.
    private const ulong CommuneSeed = 0x43;
    internal const ulong NoCommuneSeed = 0x4E;
    internal const ulong DepartementSeed = 0x44;
    internal const ulong RegionSeed = 0x52;

    private readonly SlotChains _chains = new(LaneCount);
    // The members loaded at once, until they change or go: packed, read-only lanes.
    private SealedLanes? _sealed;
    private readonly uint[] _keys = new uint[LaneCount];
    // Members per département (interned strings), to know which to walk for a fingerprint without
    // one, with the département's two place hashes; the départements of each région ("": members
    // without a région), so that a fingerprint placed by its région walks only that région's
    // (Compatibility.SamePlace compares two régions then); members without a département, by
    // région, and those without any place, to skip the walks where nobody is (most bases have
    // nearly every offer in a département).
    private readonly Dictionary<string, DepartementScope> _departements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, int>> _departementsOfRegion = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RegionScope> _regions = new(StringComparer.Ordinal);
    private int _withoutPlace;
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
        _sealed!.Add(slot, MemberKeys(print));
        Count(print, 1);
    }

    public void Seal() => _sealed?.Seal();

    /// <summary>Bytes held by the lanes and the lookup's scratch tables (benchmarks).</summary>
    public long Footprint() =>
        _chains.Footprint() + (_sealed?.Footprint() ?? 0) + DuplicateIndex.ArrayBytes(_stamps.Length, 4) + DuplicateIndex.ArrayBytes(_positions.Length, 4);

    public void Insert(int slot, Fingerprint print)
    {
        _chains.Insert(slot, MemberKeys(print));
        Count(print, 1);
    }

    /// <summary>Forgets <paramref name="slot"/>, inserted with <paramref name="print"/> (a loaded member's entries are only skipped from now on).</summary>
    public void Remove(int slot, Fingerprint print)
    {
        if (_sealed is not null && _sealed.IsSealed(slot))
            _sealed.Unseal(slot);
        else
            _chains.Remove(slot, MemberKeys(print));
        Count(print, -1);
    }

    private void Count(Fingerprint print, int delta)
    {
        if (print.Departement is not { } departement)
        {
            if (print.Region is not { } placedBy)
            {
                _withoutPlace += delta;
                return;
            }
            if (!_regions.TryGetValue(placedBy, out var regionScope))
                _regions.Add(placedBy, regionScope = new RegionScope(placedBy));
            regionScope.Members += delta;
            if (regionScope.Members == 0)
                _regions.Remove(placedBy);
            return;
        }
        if (!_departements.TryGetValue(departement, out var scope))
            _departements.Add(departement, scope = new DepartementScope(departement));
        scope.Members += delta;
        if (print.Commune is null)
            scope.WithoutCommune += delta;
        if (scope.Members == 0)
            _departements.Remove(departement);
        var region = print.Region ?? "";
        if (!_departementsOfRegion.TryGetValue(region, out var departements))
            _departementsOfRegion.Add(region, departements = new Dictionary<string, int>(StringComparer.Ordinal));
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(departements, departement, out _);
        count += delta;
        if (count == 0)
            departements.Remove(departement);
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
            if (print.Commune is { } commune)
            {
                WalkLanes(print, Place(CommuneSeed, commune), 0, self, into);
                if (_departements.TryGetValue(departement, out var scope) && scope.WithoutCommune > 0)
                    WalkLanes(print, scope.NoCommune, 0, self, into);
            }
            else
            {
                WalkLanes(print, Place(DepartementSeed, departement), OwnLanes, self, into);
            }
            WalkRegions(print, print.Region, self, into);
        }
        else if (print.Region is { } region)
        {
            // Placed by its région: the départements of that région, and those of members without one.
            WalkDepartements(print, region, self, into);
            WalkDepartements(print, "", self, into);
            WalkRegions(print, region, self, into);
        }
        else
        {
            foreach (var scope in _departements.Values)
                WalkLanes(print, scope.Wide, OwnLanes, self, into);
            WalkRegions(print, null, self, into);
        }
        // Members without any place may be anywhere.
        if (_withoutPlace > 0)
            WalkLanes(print, 0, 0, self, into);
    }

    /// <summary>The members placed by a région only: <paramref name="region"/>'s, or every région's when the fingerprint has none.</summary>
    private void WalkRegions(Fingerprint print, string? region, int self, List<Candidate> into)
    {
        if (_regions.Count == 0)
            return;
        if (region is null)
        {
            foreach (var scope in _regions.Values)
                WalkLanes(print, scope.Own, 0, self, into);
        }
        else if (_regions.TryGetValue(region, out var scope))
        {
            WalkLanes(print, scope.Own, 0, self, into);
        }
    }

    private void WalkDepartements(Fingerprint print, string region, int self, List<Candidate> into)
    {
        if (!_departementsOfRegion.TryGetValue(region, out var departements))
            return;
        foreach (var departement in departements.Keys)
            WalkLanes(print, _departements[departement].Wide, OwnLanes, self, into);
    }

    /// <summary>Walks the own lanes (<paramref name="offset"/> 0) or the wide ones (<see cref="OwnLanes"/>) under <paramref name="place"/> (0: the plain keys).</summary>
    private void WalkLanes(Fingerprint print, ulong place, int offset, int self, List<Candidate> into)
    {
        // The lanes in walk order (content, URL, bands: the candidates' order decides ties), their
        // chains' heads and sealed ends looked up for all of them first, so that the cache misses
        // of the lanes overlap (SealedLanes.Ends), then each lane walked as before.
        var count = print.BandKeys.Length + (offset == 0 ? 2 : 1);
        Span<int> lanes = stackalloc int[count];
        Span<uint> keys = stackalloc uint[count];
        Span<int> firsts = stackalloc int[count];
        Span<int> ends = stackalloc int[count];
        var n = 0;
        if (offset == 0)
            (lanes[n], keys[n++]) = (ContentLane, Scoped(print.ContentHash, place));
        (lanes[n], keys[n++]) = (offset + UrlLane, Scoped(print.UrlHash, place));
        for (var band = 0; band < print.BandKeys.Length; band++)
            (lanes[n], keys[n++]) = (offset + band, Scoped(print.BandKeys[band], place));
        for (var i = 0; i < count; i++)
            firsts[i] = _chains.First(lanes[i], keys[i]);
        _sealed?.Ends(lanes, keys, ends);
        for (var i = 0; i < count; i++)
        {
            var reason = offset == 0 && i == 0 ? CandidateReason.SameContent : i == (offset == 0 ? 1 : 0) ? CandidateReason.SameApplyUrl : CandidateReason.MinHash;
            Walk(lanes[i], keys[i], firsts[i], ends[i], self, into, reason);
        }
    }

    internal static ulong Place(ulong scope, string code) => Hashing.Combine(scope, Hashing.Chars(code));

    private static uint Scoped(uint key, ulong place) => key == 0 || place == 0 ? key : Hashing.Fold32(Hashing.Combine(place, key));

    /// <summary>
    /// A member's key in each lane: its own lanes under its commune (with its département), or its
    /// département's "no commune" scope, or its région (no département), or plain (no place); its
    /// wide lanes under its département (none without one). 0 where it has no key.
    /// </summary>
    private ReadOnlySpan<uint> MemberKeys(Fingerprint print)
    {
        var keys = _keys.AsSpan();
        keys.Clear();
        var own = print.Departement is not { } departement ? (print.Region is { } region ? Place(RegionSeed, region) : 0)
            : print.Commune is { } commune ? Place(CommuneSeed, commune)
            : Place(NoCommuneSeed, departement);
        var wide = print.Departement is { } d ? Place(DepartementSeed, d) : 0;
        for (var band = 0; band < print.BandKeys.Length; band++)
        {
            keys[band] = Scoped(print.BandKeys[band], own);
            if (wide != 0)
                keys[OwnLanes + band] = Scoped(print.BandKeys[band], wide);
        }
        keys[ContentLane] = Scoped(print.ContentHash, own);
        keys[UrlLane] = Scoped(print.UrlHash, own);
        if (wide != 0)
            keys[OwnLanes + UrlLane] = Scoped(print.UrlHash, wide);
        return keys;
    }

    /// <summary>One lane's walk from its chain's head <paramref name="first"/> and the end of its sealed entries <paramref name="end"/>.</summary>
    private void Walk(int lane, uint key, int first, int end, int self, List<Candidate> into, CandidateReason reason)
    {
        // Chains are newest first; a bucket thousands of offers share (one text posted for every
        // city of a chain of shops) is read only as far as MaxWalk, which keeps a lookup bounded.
        // The chains hold the members added since the load, newer than the sealed ones.
        if (key == 0)
            return;
        var walked = 0;
        for (var slot = first; slot >= 0 && walked++ < MaxWalk; slot = _chains.Next(lane, slot))
            Meet(slot, self, into, reason);
        if (_sealed is null)
            return;
        for (var at = end - 1; walked < MaxWalk; at--)
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

/// <summary>A département's members in the candidate index, and its place hashes, computed once.</summary>
internal sealed class DepartementScope(string departement)
{
    public int Members { get; set; }

    public int WithoutCommune { get; set; }

    /// <summary>The wide lanes' place: every member of the département.</summary>
    public ulong Wide { get; } = CandidateIndex.Place(CandidateIndex.DepartementSeed, departement);

    /// <summary>The own lanes' place of its members without a commune.</summary>
    public ulong NoCommune { get; } = CandidateIndex.Place(CandidateIndex.NoCommuneSeed, departement);
}

/// <summary>A région's members placed by the région only, and their own lanes' place, computed once.</summary>
internal sealed class RegionScope(string region)
{
    public int Members { get; set; }

    public ulong Own { get; } = CandidateIndex.Place(CandidateIndex.RegionSeed, region);
}
