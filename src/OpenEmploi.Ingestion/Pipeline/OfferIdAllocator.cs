using OpenEmploi.Core.Offres;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// Ids for new published offers. Generated bases take their ids from <see cref="OffreIdSequence"/>
/// with the generator's seed (42 by default); ingestion walks its own sequence,
/// seed <see cref="Seed"/>, from position 0, skipping every id the base holds (live or
/// tombstoned) or this run handed out. Different seeds are different permutations of one id
/// space, so they may meet: the check, not the seed, is what prevents a collision; the seed only
/// makes collisions rare. Starting from 0 each run makes ids reproducible: a run interrupted and
/// rerun gives its remaining offers the ids an uninterrupted run would have.
/// </summary>
public sealed class OfferIdAllocator
{
    /// <summary>Reserved for ingestion ("INGEST" in spirit); no generator seed should use it.</summary>
    public const int Seed = 0x1_6E57;

    private readonly OffreIdSequence _sequence = new(Seed);
    // Ids of the usual form as their number (the id space fits an int): 16 bytes an id at a
    // million ids, where the strings in a set took about 70. Any other id stored keeps its string.
    private readonly HashSet<int> _used = [];
    private readonly HashSet<string> _otherUsed = new(StringComparer.Ordinal);
    private long _position;

    public OfferIdAllocator(IEnumerable<string> usedIds)
    {
        ArgumentNullException.ThrowIfNull(usedIds);
        foreach (var id in usedIds)
            MarkUsed(id);
    }

    /// <summary>The id <see cref="Take"/> would return, without taking it.</summary>
    public string Peek()
    {
        while (IsUsed(_sequence.IdAt(_position)))
            _position++;
        return _sequence.IdAt(_position);
    }

    public string Take()
    {
        var id = Peek();
        MarkUsed(id);
        _position++;
        return id;
    }

    /// <summary>An id now in use (a peeked id that became a published offer's).</summary>
    public void MarkUsed(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (OffreId.IsValid(id))
            _used.Add((int)OffreId.ToNumber(id));
        else
            _otherUsed.Add(id);
    }

    private bool IsUsed(string id) => _used.Contains((int)OffreId.ToNumber(id));
}
