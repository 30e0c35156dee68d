using System.Globalization;
using System.Text.Json;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.OffresApi;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>
/// POST …/indicateur/{indicator}: checks the body, reads the published cells that match and groups
/// them into one item per territory, activity, nomenclature value and period, the cells broken down
/// by a characteristic going to the item's <c>listeValeurParCaract</c>. Masked cells come out with
/// null values and <c>estMasque</c> true: the store never held their figures. 204 when nothing is published.
/// </summary>
internal sealed class QueryIndicator(
    IPublishedStatistics statistics, IndicatorRequestParser parser, StatisticsCodeLists codeLists)
{
    public async Task<IResult> HandleAsync(StatisticsIndicator indicator, HttpContext http, CancellationToken ct)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: ct);
        }
        catch (JsonException error)
        {
            return WireError.BadRequest(string.Create(CultureInfo.InvariantCulture,
                $"Le corps de la requête n'est pas un JSON valide (ligne {error.LineNumber + 1}, position {error.BytePositionInLine + 1})."));
        }
        using (document)
        {
            var outcome = parser.Parse(indicator, document.RootElement);
            if (outcome.Request is not { } request)
                return WireError.BadRequest(outcome.Error!);
            var response = await AnswerAsync(request, ct);
            if (response.ListeValeursParPeriode.Count == 0)
                return TypedResults.NoContent();
            // The data's date is that of the newest computation answered, not of the offers base.
            if (response.ListeValeursParPeriode.Max(v => v.DateMaj) is { } newest)
                http.Response.Headers[AttributionFeature.LastUpdateHeader] = newest;
            return TypedResults.Json(response, StatisticsJson.Default.IndicatorResponse);
        }
    }

    internal async Task<IndicatorResponse> AnswerAsync(IndicatorRequest request, CancellationToken ct)
    {
        var computed = (await statistics.GetComputedPeriodsAsync(ct)).Where(p => p.Kind == request.PeriodKind).ToList();
        var periods = SelectPeriods(request, computed);
        if (periods is { Count: 0 })
            return new IndicatorResponse(request.Indicator.Family, []);
        var query = new PublishedCellQuery(request.CellIndicator, request.Territory.Level, request.Territory.Code,
            request.Activity.Type, request.Activity.Code, request.Nomenclature, request.PeriodKind, periods);
        var items = new Dictionary<(string Nomenclature, string Period), Item>();
        await foreach (var cell in statistics.ReadAsync(query, ct))
        {
            if (request.NomenclatureCodes is { } wanted && !wanted.Contains(cell.NomenclatureCode))
                continue;
            var key = (cell.NomenclatureCode, cell.PeriodCode);
            if (!items.TryGetValue(key, out var item))
                items[key] = item = new Item();
            if (cell.CharacteristicType.Length == 0)
                item.Main = cell;
            else if (!request.WithoutCharacteristics)
                item.Breakdown.Add(cell);
        }
        var updated = computed.ToDictionary(p => p.Code, p => p.ComputedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparer.Ordinal);
        var list = codeLists.Find(request.Nomenclature);
        int Rank(string code) => list?.Values.ToList().FindIndex(v => v.Code == code) is { } i and >= 0 ? i : int.MaxValue;
        var values = items
            .OrderBy(i => StatisticsPeriods.Ordinal(request.PeriodKind, i.Key.Period))
            .ThenBy(i => Rank(i.Key.Nomenclature)).ThenBy(i => i.Key.Nomenclature, StringComparer.Ordinal)
            .Select(i => new ValeursParPeriode(
                request.Territory.TypeCode, request.Territory.Code, request.Territory.Name,
                request.Activity.Type, request.Activity.Code, request.Activity.Label,
                i.Key.Nomenclature, codeLists.LabelOf(request.Nomenclature, i.Key.Nomenclature),
                request.PeriodTypeCode, i.Key.Period, request.PeriodLabel(i.Key.Period),
                updated.GetValueOrDefault(i.Key.Period),
                i.Value.Main?.Value, i.Value.Main?.Percentage, i.Value.Main?.IsMasked ?? false,
                [.. i.Value.Breakdown
                    .OrderBy(c => c.CharacteristicType, StringComparer.Ordinal)
                    .ThenBy(c => codeLists.Find(c.CharacteristicType)?.Values.ToList().FindIndex(v => v.Code == c.CharacteristicCode) ?? 0)
                    .ThenBy(c => c.CharacteristicCode, StringComparer.Ordinal)
                    .Select(c => new ValeurParCaract(c.CharacteristicType, c.CharacteristicCode, codeLists.LabelOf(c.CharacteristicType, c.CharacteristicCode),
                        c.Value, c.Percentage, c.IsMasked))]))
            .ToList();
        return new IndicatorResponse(request.Indicator.Family, values);
    }

    /// <summary>Null for every period; else the computed periods asked (the newest one, or those between dateDeb and dateFin).</summary>
    private static List<string>? SelectPeriods(IndicatorRequest request, IReadOnlyList<ComputedPeriod> computed)
    {
        if (request.LatestOnly)
            return [.. computed.OrderByDescending(p => StatisticsPeriods.Ordinal(p.Kind, p.Code)).Take(1).Select(p => p.Code)];
        if (request.From is null && request.To is null)
            return null;
        var from = request.From is null ? int.MinValue : StatisticsPeriods.Ordinal(request.PeriodKind, request.From)!.Value;
        var to = request.To is null ? int.MaxValue : StatisticsPeriods.Ordinal(request.PeriodKind, request.To)!.Value;
        return [.. computed.Where(p => StatisticsPeriods.Ordinal(p.Kind, p.Code) is { } o && o >= from && o <= to).Select(p => p.Code)];
    }

    private sealed class Item
    {
        public PublishedCell? Main { get; set; }

        public List<PublishedCell> Breakdown { get; } = [];
    }
}
