using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// A reader's attack on the published cells alone, written independently of the engine: it
/// rebuilds every additive relation the published tables imply (territorial hierarchy from the
/// geography, occupations from the ROME, categories, characteristics) and narrows each masked
/// cell's interval from the published values until nothing changes. A masked cell whose interval
/// is a single value has been recovered.
/// </summary>
internal sealed class PublishedMarginsAudit
{
    private static readonly string[] Additive = ["DE_1", "DE_5", "DE_SORT", "OFF_1", "EMB_1", "BMO_1", "SECT_EFF", "SECT_ETAB"];

    private readonly Dictionary<Key, PublishedCell> _cells = [];
    private readonly Dictionary<Key, (double Low, double High)> _bounds = [];
    private readonly List<(Key Total, List<Key> Parts)> _relations = [];
    private int _residuals;

    internal readonly record struct Key(
        string Indicator, TerritoryLevel Level, string Territory, string ActivityType, string Activity,
        string NomenclatureCode, string CharacteristicType, string Characteristic);

    public PublishedMarginsAudit(IEnumerable<PublishedCell> cells)
    {
        foreach (var cell in cells.Where(c => Additive.Contains(c.Indicator) && c.CharacteristicType != "EVOLUTION"))
            _cells[KeyOf(cell)] = cell;
        BuildRelations();
    }

    public int RelationCount => _relations.Count;

    public int MaskedCount => _cells.Values.Count(c => c.IsMasked);

    /// <summary>The masked cells whose value the published margins determine.</summary>
    public List<PublishedCell> Recovered()
    {
        foreach (var (key, cell) in _cells)
        {
            // A masked cell exists (so at least 1); readers are not told why it is masked.
            _bounds[key] = cell.Value is { } v ? (v, v) : (1, double.PositiveInfinity);
        }
        for (var sweep = 0; sweep < 500; sweep++)
        {
            var changed = false;
            foreach (var (total, parts) in _relations)
                changed |= Narrow(total, parts);
            if (!changed)
                break;
        }
        return _cells.Where(c => c.Value.IsMasked && _bounds[c.Key].High - _bounds[c.Key].Low < 0.5).Select(c => c.Value).ToList();
    }

    private bool Narrow(Key total, List<Key> parts)
    {
        var changed = false;
        var (tLow, tHigh) = _bounds[total];
        var sumLow = parts.Sum(p => _bounds[p].Low);
        var sumHigh = parts.Sum(p => _bounds[p].High);
        changed |= Set(total, Math.Max(tLow, sumLow), Math.Min(tHigh, sumHigh));
        (tLow, tHigh) = _bounds[total];
        foreach (var part in parts)
        {
            var (low, high) = _bounds[part];
            var othersHigh = double.IsPositiveInfinity(high) ? OthersHigh(parts, part) : sumHigh - high;
            var othersLow = sumLow - low;
            changed |= Set(part, Math.Max(low, tLow - othersHigh), Math.Min(high, tHigh - othersLow));
        }
        return changed;
    }

    private double OthersHigh(List<Key> parts, Key except) => parts.Where(p => p != except).Sum(p => _bounds[p].High);

    private bool Set(Key key, double low, double high)
    {
        low = Math.Ceiling(low - 1e-6);
        high = Math.Floor(high + 1e-6);
        var (oldLow, oldHigh) = _bounds[key];
        if (low <= oldLow + 0.5 && high >= oldHigh - 0.5)
            return false;
        _bounds[key] = (Math.Max(low, oldLow), Math.Min(high, oldHigh));
        return true;
    }

    private static Key KeyOf(PublishedCell c) =>
        new(c.Indicator, c.TerritoryLevel, c.TerritoryCode, c.ActivityType, c.ActivityCode, c.NomenclatureCode, c.CharacteristicType, c.CharacteristicCode);

    private void BuildRelations()
    {
        var groups = new Dictionary<(Key Total, string Partition), List<Key>>();
        foreach (var key in _cells.Keys)
        {
            foreach (var (parent, partition) in Parents(key))
            {
                if (!groups.TryGetValue((parent, partition), out var parts))
                    groups[(parent, partition)] = parts = [];
                parts.Add(key);
            }
        }
        foreach (var ((total, partition), parts) in groups)
        {
            if (!_cells.ContainsKey(total))
                continue;
            // Hires of unknown ROME are in "all" but in no grand domaine: an unknown remainder.
            if (total.Indicator == "EMB_1" && partition == "GD")
            {
                var residual = total with { Territory = "reste" + _residuals++ };
                _cells[residual] = new PublishedCell("EMB_1", total.Level, residual.Territory, "", "", "", "", "", "", PeriodKind.Quarter, "", null, null, MaskReason.Secondary);
                parts.Add(residual);
            }
            _relations.Add((total, parts));
        }
    }

    private static IEnumerable<(Key Parent, string Partition)> Parents(Key key)
    {
        var geo = TestData.Data.Geographie;
        if (key.Indicator == "BMO_1")
        {
            if (key.Level == TerritoryLevel.ZoneEmploi)
                yield return (key with { Level = TerritoryLevel.Nation, Territory = "FR" }, "ZE");
        }
        else if (key.Level == TerritoryLevel.Commune && geo.CommuneByInsee(key.Territory) is { } commune)
        {
            yield return (key with { Level = TerritoryLevel.Departement, Territory = commune.CodeDepartement }, "COM-DEP");
            if (commune.CodeEpci is { Length: > 0 } epci)
                yield return (key with { Level = TerritoryLevel.Epci, Territory = epci }, "COM-EPCI");
            if (commune.CodeZoneEmploi is { Length: > 0 } ze)
                yield return (key with { Level = TerritoryLevel.ZoneEmploi, Territory = ze }, "COM-ZE");
        }
        else if (key.Level == TerritoryLevel.Departement)
        {
            yield return (key with { Level = TerritoryLevel.Region, Territory = geo.DepartementByCode(key.Territory)!.CodeRegion }, "DEP-REG");
        }
        else if (key.Level == TerritoryLevel.Region)
        {
            yield return (key with { Level = TerritoryLevel.Nation, Territory = "FR" }, "REG-NAT");
        }
        var rome = TestData.Data.Rome;
        switch (key.ActivityType)
        {
            case "ROME":
                yield return (key with { ActivityType = "DOMAINE", Activity = rome.MetierByCode(key.Activity)!.CodeDomaine }, "ROME");
                break;
            case "DOMAINE":
                yield return (key with { ActivityType = "GRAND_DOMAINE", Activity = rome.DomaineByCode(key.Activity)!.CodeGrandDomaine }, "DOM");
                break;
            case "GRAND_DOMAINE":
                yield return (key with { ActivityType = "CUMUL", Activity = "CUMUL" }, "GD");
                break;
            case "NAF":
                yield return (key with { ActivityType = "CUMUL", Activity = "CUMUL" }, "NAF");
                break;
        }
        if (key.NomenclatureCode is "A" or "B" or "C" && key.Indicator.StartsWith("DE_", StringComparison.Ordinal))
            yield return (key with { NomenclatureCode = "ABC" }, "CAT");
        if (key.NomenclatureCode is "EMPLOYEUR" or "PARTENAIRE")
            yield return (key with { NomenclatureCode = "TOUTES" }, "NOMEN");
        if (key.NomenclatureCode is "CDI" or "CDD_PLUS_1_MOIS" or "CDD_1_MOIS_MOINS")
            yield return (key with { NomenclatureCode = "TOUS" }, "NOMEN");
        if (key.CharacteristicType.Length > 0)
            yield return (key with { CharacteristicType = "", Characteristic = "" }, "CAR-" + key.CharacteristicType);
    }
}
