namespace OpenEmploi.Statistics.Model;

/// <summary>
/// Characteristic codes of one counting thread, given out on first use like <see cref="Codebook"/>'s
/// but local to the thread, each remembered with when it was first used (the part of the input and
/// the order within the thread). <see cref="Register"/> then gives the codebook every code in the
/// order one thread reading the whole input would have met them, so the codebook, and with it
/// every cell key and the order of the cells, is the same whatever the number of threads.
/// </summary>
internal sealed class FirstUseCharacteristics
{
    private readonly Dictionary<(string Type, string Code), int> _ids = [];
    // Id 0 is "no characteristic", as in the codebook.
    private readonly List<(string Type, string Code, int Part, long Order)> _codes = [("", "", -1, 0)];

    /// <summary>The part of the input (in input order) being counted now; parts must come in increasing order.</summary>
    public int Part { get; set; }


    public int Characteristic(string type, string code)
    {
        if (_ids.TryGetValue((type, code), out var id))
            return id;
        id = _codes.Count;
        if (id > 0x1FF)
            throw new InvalidOperationException($"Trop de valeurs de caractéristiques (dernière : {type} « {code} »).");
        _codes.Add((type, code, Part, id));
        _ids[(type, code)] = id;
        return id;
    }

    /// <summary>
    /// Registers the codes of <paramref name="threads"/> in <paramref name="codes"/>, earliest first
    /// use first, and returns for each thread the codebook id of each of its local ids.
    /// </summary>
    public static int[][] Register(Codebook codes, IReadOnlyList<FirstUseCharacteristics> threads)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(threads);
        // A part is counted by one thread, so (part, order within its thread) is the input's order.
        foreach (var (type, code, _, _) in threads.SelectMany(t => t._codes.Skip(1)).OrderBy(c => c.Part).ThenBy(c => c.Order))
            codes.Characteristic(type, code);
        return [.. threads.Select(t => t._codes.Select(c => c.Part < 0 ? 0 : codes.Characteristic(c.Type, c.Code)).ToArray())];
    }
}
