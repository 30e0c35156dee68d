namespace OpenEmploi.Ingestion.Normalisation;

/// <summary>
/// Remembers the results of a pure function of short, repeated inputs (a title's ROME coding, a
/// contract or pay wording) in a fixed number of slots, so that a feed of a million records
/// repeating a few thousand wordings computes each of them about once, and a feed of distinct
/// wordings costs no more memory than the slots.
/// </summary>
/// <remarks>
/// Two-way set-associative: a key hashes to a set of two slots; a miss puts its entry in the
/// first slot and moves the first slot's entry to the second, dropping the second's (the entry
/// least recently added or found). Lock-free and thread-safe: a slot holds an immutable
/// <see cref="Entry"/>, replaced whole by one reference write, so a reader sees an old entry or a
/// new one, never half of one. Two threads missing on one set at once may each drop an entry the
/// other just wrote, or leave one entry in both slots: a later miss, never a wrong value, since
/// every entry is a key and the function's value for it. Only for functions whose value depends
/// on nothing but the key (and that callers do not change).
/// </remarks>
internal sealed class BoundedMemo<TKey, TValue>
    where TKey : notnull
{
    private readonly Entry?[] _slots;
    private readonly int _setMask;
    private readonly IEqualityComparer<TKey> _comparer;

    /// <param name="capacity">Entries kept at most: a power of two, at least 2.</param>
    /// <param name="comparer">Key equality; the default comparer when null.</param>
    public BoundedMemo(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        if (capacity < 2 || !int.IsPow2(capacity))
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a power of two, at least 2");
        _slots = new Entry?[capacity];
        _setMask = (capacity / 2) - 1;
        _comparer = comparer ?? EqualityComparer<TKey>.Default;
    }

    /// <summary>Entries kept at most.</summary>
    public int Capacity => _slots.Length;

    /// <summary>Entries held now (a count of the slots: for tests and figures, not for the hot path).</summary>
    public int Count => _slots.Count(entry => entry is not null);

    /// <summary>
    /// The value remembered for <paramref name="key"/>, or <paramref name="compute"/>'s (then
    /// remembered). <paramref name="state"/> is passed to it so that callers need no closure.
    /// </summary>
    public TValue GetOrAdd<TState>(TKey key, TState state, Func<TKey, TState, TValue> compute)
    {
        var hash = _comparer.GetHashCode(key);
        var first = (hash & _setMask) * 2;
        var recent = Volatile.Read(ref _slots[first]);
        if (recent is not null && recent.Hash == hash && _comparer.Equals(recent.Key, key))
            return recent.Value;
        var older = Volatile.Read(ref _slots[first + 1]);
        if (older is not null && older.Hash == hash && _comparer.Equals(older.Key, key))
        {
            // Found again: it becomes the set's recent entry, the other one its older.
            Volatile.Write(ref _slots[first], older);
            Volatile.Write(ref _slots[first + 1], recent);
            return older.Value;
        }
        var value = compute(key, state);
        if (recent is not null)
            Volatile.Write(ref _slots[first + 1], recent);
        Volatile.Write(ref _slots[first], new Entry(hash, key, value));
        return value;
    }

    private sealed class Entry(int hash, TKey key, TValue value)
    {
        public int Hash { get; } = hash;

        public TKey Key { get; } = key;

        public TValue Value { get; } = value;
    }
}
