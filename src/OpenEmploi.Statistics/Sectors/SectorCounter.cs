using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Sectors;

/// <summary>
/// Indicator 7 (annual): employees (SECT_EFF) and establishments (SECT_ETAB) by sector at the
/// year's end, and the employees five years before (internal, for the change). One establishment
/// is added once to its section and to "all", so each cell knows its establishments and the largest.
/// </summary>
internal sealed class SectorCounter(StatisticsContext context, CellTable table, int year)
{
    private readonly int _employees = context.Codes.Indicator(Indicators.Employees);
    private readonly int _establishments = context.Codes.Indicator(Indicators.Establishments);
    private readonly int _before = context.Codes.Indicator(Indicators.EmployeesFiveYearsBefore);
    private readonly int _all = context.Codes.Nomenclature(ActivityIndex.Cumul, ActivityIndex.Cumul);

    public long Rows { get; private set; }

    public void Add(EstablishmentHeadcount headcount, Establishment? establishment)
    {
        ArgumentNullException.ThrowIfNull(headcount);
        if (headcount.Year != year && headcount.Year != year - 5)
            return;
        Rows++;
        var territory = context.Territories.Place(establishment?.Commune, null);
        var section = context.Activities.Section(establishment?.Naf);
        foreach (var activity in new[] { section, ActivityIndex.All })
        {
            if (headcount.Year == year)
            {
                table.AddEstablishment(new CellKey(_employees, territory, activity, _all, 0), headcount.Employees);
                table.Add(new CellKey(_establishments, territory, activity, _all, 0), 1);
            }
            else
            {
                table.AddEstablishment(new CellKey(_before, territory, activity, _all, 0), headcount.Employees);
            }
        }
    }
}
