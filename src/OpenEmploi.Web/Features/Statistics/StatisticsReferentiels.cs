using System.Globalization;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Web.Features.OffresApi;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// GET …/referentiel/*: the codes a request may use. Territories and activities come from the
/// reference data, nomenclatures from <see cref="StatisticsCodeLists"/>, periods from the
/// computations stored (only periods that have published figures are listed). An unknown type is
/// a 400 in the API's own error shape, naming the value and the accepted ones.
/// </summary>
internal static class StatisticsReferentiels
{
    public static IResult TypesTerritoire() =>
        TypedResults.Json<IReadOnlyList<TypeTerritoireEntry>>(
            [.. TerritoryTypes.All.Select(l => new TypeTerritoireEntry(TerritoryTypes.CodeOf(l), TerritoryTypes.LabelOf(l)))],
            StatisticsJson.Default.IReadOnlyListTypeTerritoireEntry);

    public static IResult Territoires(string codeTypeTerritoire, TerritoryDirectory territories)
    {
        if (TerritoryTypes.Parse(codeTypeTerritoire) is not { } level)
            return WireError.BadRequest($"Le type de territoire « {codeTypeTerritoire} » est inconnu : {TerritoryTypes.Codes}.");
        return TypedResults.Json<IReadOnlyList<TerritoireEntry>>(
            [.. territories.OfLevel(level).Select(t => new TerritoireEntry(t.TypeCode, t.Code, t.Name))],
            StatisticsJson.Default.IReadOnlyListTerritoireEntry);
    }

    public static IResult Activites(string codeTypeActivite, StatisticsActivities activities)
    {
        if (StatisticsActivities.ParseType(codeTypeActivite) is not { } type)
            return WireError.BadRequest($"Le type d'activité « {codeTypeActivite} » est inconnu : {string.Join(", ", StatisticsActivities.Types)}.");
        return TypedResults.Json<IReadOnlyList<ActiviteEntry>>(
            [.. activities.OfType(type).Select(a => new ActiviteEntry(a.Type, a.Code, a.Label))],
            StatisticsJson.Default.IReadOnlyListActiviteEntry);
    }

    public static IResult Nomenclatures(string code, StatisticsCodeLists codeLists)
    {
        if (codeLists.Find(code.Trim().ToUpperInvariant()) is not { } list)
            return WireError.BadRequest($"La nomenclature « {code} » est inconnue : {string.Join(", ", codeLists.All.Select(l => l.Code))}.");
        return TypedResults.Json<IReadOnlyList<NomenclatureEntry>>(
            [.. list.Values.Select(v => new NomenclatureEntry(list.Code, v.Code, v.Libelle))],
            StatisticsJson.Default.IReadOnlyListNomenclatureEntry);
    }

    public static async Task<IResult> Periodes(string codeTypePeriode, IPublishedStatistics statistics, CancellationToken ct)
    {
        // Twelve-month periods are named by their last quarter: the computed quarters.
        var twelveMonths = string.Equals(codeTypePeriode.Trim(), StatisticsPeriods.TwelveMonthType, StringComparison.OrdinalIgnoreCase);
        if ((twelveMonths ? PeriodKind.Quarter : StatisticsPeriods.ParseType(codeTypePeriode)) is not { } kind)
            return WireError.BadRequest($"Le type de période « {codeTypePeriode} » est inconnu : {StatisticsPeriods.QuarterType}, {StatisticsPeriods.YearType}, {StatisticsPeriods.TwelveMonthType}.");
        var periods = (await statistics.GetComputedPeriodsAsync(ct)).Where(p => p.Kind == kind)
            .OrderByDescending(p => StatisticsPeriods.Ordinal(kind, p.Code))
            .Select(p => new PeriodeEntry(twelveMonths ? StatisticsPeriods.TwelveMonthType : StatisticsPeriods.TypeCodeOf(kind), p.Code,
                twelveMonths ? StatisticsPeriods.TwelveMonthLabel(p.Code) : StatisticsPeriods.Label(kind, p.Code),
                p.ComputedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .ToList();
        return TypedResults.Json<IReadOnlyList<PeriodeEntry>>(periods, StatisticsJson.Default.IReadOnlyListPeriodeEntry);
    }
}
