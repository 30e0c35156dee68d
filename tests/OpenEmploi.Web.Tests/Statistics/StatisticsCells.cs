using Microsoft.Extensions.DependencyInjection;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Tests.Statistics;

/// <summary>Hand-made published cells: the input of the API, the downloads and the dashboards.</summary>
internal static class StatisticsCells
{
    public static PublishedCell Cell(
        string indicator, TerritoryLevel level, string territory, string nomenclature, string code, string period,
        double? value, double? percentage = null, MaskReason? mask = null, string characteristicType = "", string characteristicCode = "",
        string activityType = "CUMUL", string activityCode = "CUMUL", PeriodKind kind = PeriodKind.Quarter) =>
        new(indicator, level, territory, activityType, activityCode, nomenclature, code, characteristicType, characteristicCode,
            kind, period, mask is null ? value : null, mask is null ? percentage : null, mask);

    public static PublishedCell Masked(PublishedCell cell, MaskReason reason) => cell with { Value = null, Percentage = null, Mask = reason };

    public static async Task<long> PublishAsync(IServiceProvider services, PeriodKind kind, string period, DateTimeOffset computedAt, params PublishedCell[] cells)
    {
        var store = services.GetRequiredService<IPublishedStatistics>();
        return await store.ReplacePeriodAsync(kind, period, ToAsync(cells), computedAt);
    }

    private static async IAsyncEnumerable<PublishedCell> ToAsync(IEnumerable<PublishedCell> cells)
    {
        foreach (var cell in cells)
            yield return cell;
        await Task.CompletedTask;
    }
}
