namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>
/// <see cref="ITextEmployerIndex"/> in memory, seeded with the base's live offers when a session
/// opens (a million texts): per text hash, the hash of its first employer inline, and the first
/// few distinct employers only for the texts that have more than one (a handful is enough to say
/// "many"; keeping them all would let one popular template grow without bound). Employer keys are
/// kept as 64-bit hashes: a collision between two of one text's few employers is negligible.
/// </summary>
public sealed class InMemoryTextEmployerIndex : ITextEmployerIndex
{
    private const int MaxEmployers = 8;

    // One lock: an observation is a couple of lookups, and only the verifier's threads share it.
    private readonly Lock _gate = new();
    private readonly Dictionary<ulong, ulong> _first = [];
    private readonly Dictionary<ulong, List<ulong>> _several = [];

    public int Count
    {
        get
        {
            lock (_gate)
                return _first.Count;
        }
    }

    public int Observe(ulong textHash, string employerKey)
    {
        ArgumentNullException.ThrowIfNull(employerKey);
        var employer = Fnv(employerKey);
        lock (_gate)
        {
            if (!_first.TryGetValue(textHash, out var first))
            {
                _first.Add(textHash, employer);
                return 1;
            }
            if (_several.TryGetValue(textHash, out var employers))
            {
                if (employers.Count < MaxEmployers && !employers.Contains(employer))
                    employers.Add(employer);
                return employers.Count;
            }
            if (first == employer)
                return 1;
            _several.Add(textHash, [first, employer]);
            return 2;
        }
    }

    private static ulong Fnv(string s)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in s)
            hash = (hash ^ c) * 1099511628211UL;
        return hash;
    }
}
