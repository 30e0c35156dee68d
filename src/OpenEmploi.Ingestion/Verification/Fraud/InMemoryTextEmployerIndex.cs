using System.Collections.Concurrent;

namespace OpenEmploi.Ingestion.Verification.Fraud;

/// <summary>
/// <see cref="ITextEmployerIndex"/> in memory: per text hash, the first few distinct employers (a
/// handful is enough to say "many"; keeping them all would let one popular template grow without bound).
/// </summary>
public sealed class InMemoryTextEmployerIndex : ITextEmployerIndex
{
    private const int MaxEmployers = 8;

    private readonly ConcurrentDictionary<ulong, List<string>> _employers = new();

    public int Observe(ulong textHash, string employerKey)
    {
        ArgumentNullException.ThrowIfNull(employerKey);
        var list = _employers.GetOrAdd(textHash, static _ => new List<string>(2));
        lock (list)
        {
            if (list.Count < MaxEmployers && !list.Contains(employerKey, StringComparer.Ordinal))
                list.Add(employerKey);
            return list.Count;
        }
    }
}
