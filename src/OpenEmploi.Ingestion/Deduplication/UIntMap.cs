namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// A map from non-zero 32-bit keys to ints: open addressing with linear probing in two parallel
/// arrays, 0 marking a free cell, deletion by backward shift so that no tombstones accumulate as
/// offers come and go. The home cell is the (already mixed) key scaled to the table's size
/// (multiply and shift, "fastrange"), so the table may have any size: it grows by half when it is
/// 80 % full, and <see cref="Reserve"/> sizes it for a known count at once, where powers of two
/// would leave up to 60 % of a table of a million keys empty. Eight bytes a cell, against about
/// 27 for a Dictionary entry with its bucket; a lookup touches one cache line where a Dictionary
/// touches two. Holds the LSH lanes' heads: 34 × N keys.
/// </summary>
internal sealed class UIntMap
{
    private const int MinCapacity = 16;

    private uint[] _keys = new uint[MinCapacity];
    private int[] _values = new int[MinCapacity];
    private int _count;

    public int Count => _count;

    /// <summary>Bytes held by the two cell arrays (benchmarks).</summary>
    public long Footprint() => DuplicateIndex.ArrayBytes(_keys.Length, 4) + DuplicateIndex.ArrayBytes(_values.Length, 4);

    /// <summary>Room for <paramref name="count"/> keys without growing.</summary>
    public void Reserve(int count)
    {
        var capacity = CapacityFor(count);
        if (capacity > _keys.Length)
            Rehash(capacity);
    }

    public bool TryGetValue(uint key, out int value)
    {
        var keys = _keys;
        for (var i = Home(key, keys.Length); ; i = Next(i, keys.Length))
        {
            var k = keys[i];
            if (k == key)
            {
                value = _values[i];
                return true;
            }
            if (k == 0)
            {
                value = 0;
                return false;
            }
        }
    }

    /// <summary>The value cell of <paramref name="key"/>, added (as 0) when missing.</summary>
    public ref int GetOrAdd(uint key, out bool exists)
    {
        ArgumentOutOfRangeException.ThrowIfZero(key);
        if ((_count + 1) * 5L > _keys.Length * 4L)
            Rehash(_keys.Length + (_keys.Length / 2));
        var length = _keys.Length;
        var i = Home(key, length);
        while (_keys[i] != 0 && _keys[i] != key)
            i = Next(i, length);
        exists = _keys[i] == key;
        if (!exists)
        {
            _keys[i] = key;
            _values[i] = 0;
            _count++;
        }
        return ref _values[i];
    }

    /// <summary>The value cell of a key known to be present.</summary>
    public ref int Get(uint key)
    {
        var length = _keys.Length;
        var i = Home(key, length);
        while (_keys[i] != key)
            i = Next(i, length);
        return ref _values[i];
    }

    public bool Remove(uint key)
    {
        var length = _keys.Length;
        var i = Home(key, length);
        while (_keys[i] != key)
        {
            if (_keys[i] == 0)
                return false;
            i = Next(i, length);
        }
        // Backward shift: pull each following entry of the run into the hole when its home allows.
        var hole = i;
        for (var j = Next(i, length); _keys[j] != 0; j = Next(j, length))
        {
            var home = Home(_keys[j], length);
            if (Distance(home, j, length) >= Distance(hole, j, length))
            {
                _keys[hole] = _keys[j];
                _values[hole] = _values[j];
                hole = j;
            }
        }
        _keys[hole] = 0;
        _count--;
        return true;
    }

    private static int CapacityFor(int count) => Math.Max(MinCapacity, (int)Math.Min(int.MaxValue, (count * 5L / 4) + 1));

    // The mixed key's high bits, scaled to [0, length).
    private static int Home(uint key, int length) => (int)(((ulong)(key * 0x9E3779B9u) * (ulong)length) >> 32);

    private static int Next(int i, int length) => i + 1 == length ? 0 : i + 1;

    /// <summary>How many steps forward from <paramref name="from"/> to <paramref name="to"/>, wrapping.</summary>
    private static int Distance(int from, int to, int length) => to >= from ? to - from : to + length - from;

    private void Rehash(int capacity)
    {
        var keys = _keys;
        var values = _values;
        _keys = new uint[capacity];
        _values = new int[capacity];
        for (var j = 0; j < keys.Length; j++)
        {
            if (keys[j] == 0)
                continue;
            var i = Home(keys[j], capacity);
            while (_keys[i] != 0)
                i = Next(i, capacity);
            _keys[i] = keys[j];
            _values[i] = values[j];
        }
    }
}
