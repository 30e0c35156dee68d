using System.Runtime.CompilerServices;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The published-cells store's contract kept in memory (a period replaced whole, queries filtered
/// as the SQL stores filter them), so engine tests can run quarters in order without a database.
/// </summary>
internal sealed class InMemoryPublishedStatistics(TimeProvider time) : IPublishedStatistics
{
    private readonly Dictionary<(PeriodKind, string), (List<PublishedCell> Cells, DateTimeOffset At)> _periods = [];

    public async Task<long> ReplacePeriodAsync(PeriodKind kind, string periodCode, IAsyncEnumerable<PublishedCell> cells, DateTimeOffset computedAt, CancellationToken ct = default)
    {
        var list = new List<PublishedCell>();
        await foreach (var cell in cells.WithCancellation(ct))
            list.Add(cell);
        _periods[(kind, periodCode)] = (list, computedAt);
        return list.Count;
    }

    public async IAsyncEnumerable<PublishedCell> ReadAsync(PublishedCellQuery query, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await Task.Yield();
        foreach (var ((kind, code), (cells, _)) in _periods)
        {
            if ((query.PeriodKind is { } k && k != kind) || (query.PeriodCodes is { } codes && !codes.Contains(code)))
                continue;
            foreach (var cell in cells)
            {
                ct.ThrowIfCancellationRequested();
                if (cell.Indicator == query.Indicator
                    && (query.TerritoryLevel is null || cell.TerritoryLevel == query.TerritoryLevel)
                    && (query.TerritoryCode is null || cell.TerritoryCode == query.TerritoryCode)
                    && (query.ActivityType is null || cell.ActivityType == query.ActivityType)
                    && (query.ActivityCode is null || cell.ActivityCode == query.ActivityCode)
                    && (query.Nomenclature is null || cell.Nomenclature == query.Nomenclature))
                    yield return cell;
            }
        }
    }

    public Task<IReadOnlyList<ComputedPeriod>> GetComputedPeriodsAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<ComputedPeriod>>(
            [.. _periods.OrderByDescending(p => p.Value.At).Select(p => new ComputedPeriod(p.Key.Item1, p.Key.Item2, p.Value.At, p.Value.Cells.Count))]);

    public DateTimeOffset Now => time.GetUtcNow();
}
