namespace OpenEmploi.Statistics.Model;

/// <summary>
/// The small-integer codes of indicators, nomenclature values and characteristic values of one
/// computation, given out on first use. Output order never depends on them: cells are sorted by
/// their text codes before they are written.
/// </summary>
internal sealed class Codebook
{
    private readonly List<(string Nomenclature, string Code, int Parent)> _nomenclatures = [];
    private readonly Dictionary<(string, string), int> _nomenclatureIds = [];
    private readonly List<(string Type, string Code, int TypeIndex)> _characteristics = [("", "", -1)];
    private readonly Dictionary<(string, string), int> _characteristicIds = new() { [("", "")] = 0 };
    private readonly Dictionary<string, int> _types = new(StringComparer.Ordinal);
    private readonly List<IndicatorDefinition> _indicators = [];
    private readonly Dictionary<string, int> _indicatorIds = new(StringComparer.Ordinal);

    public int Indicator(IndicatorDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (_indicatorIds.TryGetValue(definition.Code, out var id))
            return id;
        id = _indicators.Count;
        if (id > 0xFF)
            throw new InvalidOperationException("Trop d'indicateurs.");
        _indicators.Add(definition);
        _indicatorIds[definition.Code] = id;
        return id;
    }

    public IndicatorDefinition IndicatorAt(int id) => _indicators[id];

    /// <summary>A nomenclature value, with the value it is a part of (e.g. A of ABC), if any.</summary>
    public int Nomenclature(string nomenclature, string code, string? partOf = null)
    {
        if (_nomenclatureIds.TryGetValue((nomenclature, code), out var id))
            return id;
        var parent = partOf is null ? -1 : Nomenclature(nomenclature, partOf);
        id = _nomenclatures.Count;
        if (id > 0x3F)
            throw new InvalidOperationException("Trop de valeurs de nomenclature.");
        _nomenclatures.Add((nomenclature, code, parent));
        _nomenclatureIds[(nomenclature, code)] = id;
        return id;
    }

    public (string Nomenclature, string Code, int Parent) NomenclatureAt(int id) => _nomenclatures[id];

    public int Characteristic(string type, string code)
    {
        if (_characteristicIds.TryGetValue((type, code), out var id))
            return id;
        if (!_types.TryGetValue(type, out var typeIndex))
            _types[type] = typeIndex = _types.Count;
        id = _characteristics.Count;
        if (id > 0x1FF)
            throw new InvalidOperationException($"Trop de valeurs de caractéristiques (dernière : {type} « {code} »).");
        _characteristics.Add((type, code, typeIndex));
        _characteristicIds[(type, code)] = id;
        return id;
    }

    public (string Type, string Code, int TypeIndex) CharacteristicAt(int id) => _characteristics[id];

    /// <summary>How many characteristic ids are given out, "no characteristic" (0) included.</summary>
    public int CharacteristicCount => _characteristics.Count;
}
