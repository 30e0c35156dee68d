using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Model;
using OpenEmploi.Statistics.Projects;

namespace OpenEmploi.Statistics.Tension;

/// <summary>
/// Gathers the tension method's figures by (territory, métier) for France, the régions, the
/// départements, the zones d'emploi and the EPCI (whose projects are estimated from their zones')
/// from the rolled-up annual table, and computes the Duncan
/// index of each: ½ Σ |offers_i ÷ offers − seekers_i ÷ seekers| over the sub-territories i (zones
/// d'emploi of France, départements of a région, communes of a département, a zone or an EPCI), with
/// category-A job seekers at the year's end.
/// </summary>
internal static class TensionFigureReader
{
    public static Dictionary<(int, int), TensionFigures> Read(DisclosureTable table)
    {
        var context = table.Context;
        var codes = context.Codes;
        var all = codes.Nomenclature(ActivityIndex.Cumul, ActivityIndex.Cumul);
        var projectsAll = codes.Nomenclature(ProjectCounter.Nomenclature, "TOUS");
        var difficult = codes.Characteristic("DIFFICULTE", "DIFFICILE");
        var offers = codes.Indicator(TensionInputs.Offers);
        var stockA = codes.Indicator(TensionInputs.StockA);
        var projects = codes.Indicator(Indicators.Projects);

        var territories = new HashSet<(int, int)>();
        for (var i = 0; i < table.Keys.Length; i++)
        {
            var key = CellKey.Unpack(table.Keys[i]);
            var level = context.Territories[key.Territory].Level;
            if (level is TerritoryLevel.Nation or TerritoryLevel.Region or TerritoryLevel.Departement or TerritoryLevel.ZoneEmploi or TerritoryLevel.Epci
                && context.Activities[key.Activity].Type == "ROME"
                && (key.Indicator == offers || key.Indicator == projects || key.Indicator == codes.Indicator(TensionInputs.EntriesA)))
                territories.Add((key.Territory, key.Activity));
        }
        var duncan = Duncan(table, offers, stockA, all);
        var figures = new Dictionary<(int, int), TensionFigures>();
        foreach (var (territory, metier) in territories)
        {
            double Value(IndicatorDefinition indicator) => ValueOf(table, new CellKey(codes.Indicator(indicator), territory, metier, all, 0));
            figures[(territory, metier)] = new TensionFigures(
                Value(TensionInputs.Offers), Value(TensionInputs.NonDurableOffers), Value(TensionInputs.EntriesA),
                Value(TensionInputs.ExitsAbc), Value(TensionInputs.MeanStockAbc), Value(TensionInputs.StockA),
                ValueOf(table, new CellKey(projects, territory, metier, projectsAll, 0)),
                ValueOf(table, new CellKey(projects, territory, metier, projectsAll, difficult)),
                Value(TensionInputs.Employment),
                duncan.GetValueOrDefault((territory, metier)));
        }
        return figures;
    }

    private static double ValueOf(DisclosureTable table, CellKey key)
    {
        var i = table.IndexOf(key);
        return i < 0 ? 0 : table.Sums[i].Value;
    }

    /// <summary>
    /// The Duncan index of every (territory, métier) that has offers or job seekers, over its
    /// sub-territories: zones d'emploi for France, départements for a région, communes for a
    /// département or a zone d'emploi.
    /// </summary>
    private static Dictionary<(int, int), double> Duncan(DisclosureTable table, int offers, int stockA, int all)
    {
        var context = table.Context;
        var parts = new HashSet<(int Territory, int Metier)>();
        for (var i = 0; i < table.Keys.Length; i++)
        {
            var key = CellKey.Unpack(table.Keys[i]);
            if ((key.Indicator == offers || key.Indicator == stockA) && context.Activities[key.Activity].Type == "ROME"
                && context.Territories[key.Territory].Level is TerritoryLevel.Commune or TerritoryLevel.ZoneEmploi or TerritoryLevel.Departement)
                parts.Add((key.Territory, key.Activity));
        }
        var sums = new Dictionary<(int, int), double>();
        foreach (var (territory, metier) in parts)
        {
            var o = ValueOf(table, new CellKey(offers, territory, metier, all, 0));
            var d = ValueOf(table, new CellKey(stockA, territory, metier, all, 0));
            foreach (var whole in WholesOf(context.Territories, territory))
            {
                var totalOffers = ValueOf(table, new CellKey(offers, whole, metier, all, 0));
                var totalSeekers = ValueOf(table, new CellKey(stockA, whole, metier, all, 0));
                var gap = Math.Abs((totalOffers > 0 ? o / totalOffers : 0) - (totalSeekers > 0 ? d / totalSeekers : 0));
                sums[(whole, metier)] = sums.GetValueOrDefault((whole, metier)) + (gap / 2);
            }
        }
        return sums;
    }

    /// <summary>The territories whose Duncan index sums over <paramref name="territory"/> as one of its parts.</summary>
    private static IEnumerable<int> WholesOf(TerritoryIndex territories, int territory)
    {
        var level = territories[territory].Level;
        if (level == TerritoryLevel.ZoneEmploi)
        {
            yield return TerritoryIndex.Nation;
            yield break;
        }
        foreach (var ancestor in territories.AncestorsOf(territory))
        {
            var above = territories[ancestor].Level;
            // A commune is a part of its EPCI, its zone d'emploi and its département; a département of its région.
            if (level == TerritoryLevel.Commune ? above is TerritoryLevel.Epci or TerritoryLevel.ZoneEmploi or TerritoryLevel.Departement : above == TerritoryLevel.Region)
                yield return ancestor;
        }
    }
}
