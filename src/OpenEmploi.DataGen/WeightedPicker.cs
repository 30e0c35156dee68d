namespace OpenEmploi.DataGen;

/// <summary>
/// Draws items with probability proportional to their weight in O(1) (Vose's alias method),
/// built once from the reference data. Items with a zero weight are never drawn.
/// </summary>
public sealed class WeightedPicker<T>
{
    private readonly T[] _items;
    private readonly double[] _probability;
    private readonly int[] _alias;

    public WeightedPicker(IReadOnlyList<T> items, IReadOnlyList<double> weights)
    {
        ArgumentOutOfRangeException.ThrowIfZero(items.Count);
        if (items.Count != weights.Count)
            throw new ArgumentException("Autant de poids que d'éléments sont attendus.", nameof(weights));
        var n = items.Count;
        _items = [.. items];
        _probability = new double[n];
        _alias = new int[n];

        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (weights[i] < 0 || double.IsNaN(weights[i]))
                throw new ArgumentException($"Poids négatif ou invalide à l'indice {i}.", nameof(weights));
            total += weights[i];
        }
        if (total <= 0)
            throw new ArgumentException("La somme des poids doit être positive.", nameof(weights));

        var scaled = new double[n];
        var small = new Stack<int>();
        var large = new Stack<int>();
        for (var i = n - 1; i >= 0; i--)
        {
            scaled[i] = weights[i] * n / total;
            (scaled[i] < 1.0 ? small : large).Push(i);
        }
        while (small.Count > 0 && large.Count > 0)
        {
            var s = small.Pop();
            var l = large.Pop();
            _probability[s] = scaled[s];
            _alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1.0;
            (scaled[l] < 1.0 ? small : large).Push(l);
        }
        while (large.Count > 0)
            _probability[large.Pop()] = 1.0;
        // Left-overs of rounding errors: they are as good as certain.
        while (small.Count > 0)
            _probability[small.Pop()] = 1.0;
    }

    public int Count => _items.Length;

    public IReadOnlyList<T> Items => _items;

    public T Pick(DetRandom random) => _items[PickIndex(random)];

    public int PickIndex(DetRandom random)
    {
        var i = random.Next(_items.Length);
        return random.NextDouble() < _probability[i] ? i : _alias[i];
    }
}

/// <summary>Shorthand to build a picker from (item, weight) pairs written in code.</summary>
public static class WeightedPicker
{
    public static WeightedPicker<T> Of<T>(params (T Item, double Weight)[] entries)
    {
        var items = new T[entries.Length];
        var weights = new double[entries.Length];
        for (var i = 0; i < entries.Length; i++)
            (items[i], weights[i]) = entries[i];
        return new WeightedPicker<T>(items, weights);
    }
}
