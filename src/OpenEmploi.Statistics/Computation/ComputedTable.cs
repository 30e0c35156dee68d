using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Disclosure;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Computation;

/// <summary>A period's counted cells after disclosure control, and the cells derived from them (ratios, levels).</summary>
internal sealed class ComputedTable(
    StatisticsContext context, StatPeriod period, DisclosureTable table, IReadOnlyList<PublishedCell> derived, Func<PublishedCell, PublishedCell>? finish = null)
{
    public StatisticsContext Context { get; } = context;

    public StatPeriod Period { get; } = period;

    public DisclosureTable Table { get; } = table;

    /// <summary>Ratio and level cells, already checked (denominators, publication floor, terms published).</summary>
    public IReadOnlyList<PublishedCell> Derived { get; } = derived;

    /// <summary>The stored cells, estimates rounded by the finishing step (docs/statistics.md, EPCI projects).</summary>
    public IEnumerable<PublishedCell> Cells()
    {
        var cells = PublishedCells.From(Table, Period);
        return (finish is null ? cells : cells.Select(finish)).Concat(Derived);
    }
}
