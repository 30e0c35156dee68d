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
        // Cells by number and relations as arrays of numbers: the sweeps below read millions of
        // bounds, which string-keyed dictionary lookups made take minutes.
        var keys = _cells.Keys.ToArray();
        var number = new Dictionary<Key, int>(keys.Length);
        var low = new double[keys.Length];
        var high = new double[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            number[keys[i]] = i;
            // A masked cell exists (so at least 1); readers are not told why it is masked.
            (low[i], high[i]) = _cells[keys[i]].Value is { } v ? (v, v) : (1, double.PositiveInfinity);
        }
        var relations = _relations.Select(r => (Total: number[r.Total], Parts: r.Parts.Select(p => number[p]).ToArray())).ToArray();
        for (var sweep = 0; sweep < 500; sweep++)
        {
            var changed = false;
            foreach (var (total, parts) in relations)
                changed |= Narrow(total, parts, low, high);
            if (!changed)
                break;
        }
        return [.. Enumerable.Range(0, keys.Length)
            .Where(i => _cells[keys[i]].IsMasked && high[i] - low[i] < 0.5)
            .Select(i => _cells[keys[i]])];
    }

    private static bool Narrow(int total, int[] parts, double[] low, double[] high)
    {
        double sumLow = 0, finiteHigh = 0;
        var infiniteParts = 0;
        foreach (var p in parts)
        {
            sumLow += low[p];
            if (double.IsPositiveInfinity(high[p]))
                infiniteParts++;
            else
                finiteHigh += high[p];
        }
        var changed = Set(total, Math.Max(low[total], sumLow), Math.Min(high[total], infiniteParts > 0 ? double.PositiveInfinity : finiteHigh), low, high);
        var (tLow, tHigh) = (low[total], high[total]);
        foreach (var part in parts)
        {
            var partInfinite = double.IsPositiveInfinity(high[part]);
            var othersInfinite = infiniteParts - (partInfinite ? 1 : 0);
            var othersHigh = othersInfinite > 0 ? double.PositiveInfinity : finiteHigh - (partInfinite ? 0 : high[part]);
            var othersLow = sumLow - low[part];
            changed |= Set(part, Math.Max(low[part], tLow - othersHigh), Math.Min(high[part], tHigh - othersLow), low, high);
        }
        return changed;
    }

    private static bool Set(int cell, double newLow, double newHigh, double[] low, double[] high)
    {
        newLow = Math.Ceiling(newLow - 1e-6);
        newHigh = Math.Floor(newHigh + 1e-6);
        if (newLow <= low[cell] + 0.5 && newHigh >= high[cell] - 0.5)
            return false;
        low[cell] = Math.Max(newLow, low[cell]);
        high[cell] = Math.Min(newHigh, high[cell]);
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
