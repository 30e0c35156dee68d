using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Hires;

/// <summary>
/// Indicator 4 (EMB_1): hires over the period by occupation of the person hired and by sector of
/// the establishment, by contract. Rows come in SIRET order; each establishment's hires are summed
/// first and then added once to each cell, so that every cell knows how many establishments it
/// holds and the largest one's share (the 3-establishment and 85 % rules).
/// </summary>
internal sealed class HireCounter
{
    public const string Contracts = "TYPECONTRAT";

    private readonly StatisticsContext _context;
    private readonly CellTable _table;
    private readonly int _indicator;
    private readonly int _all;
    private readonly int[] _contracts;
    private readonly Dictionary<(int Activity, int Nomenclature), double> _pending = [];
    private string? _siret;
    private Establishment? _establishment;

    public HireCounter(StatisticsContext context, CellTable table)
    {
        _context = context;
        _table = table;
        _indicator = context.Codes.Indicator(Indicators.Hires);
        _all = context.Codes.Nomenclature(Contracts, "TOUS");
        _contracts =
        [
            -1,
            context.Codes.Nomenclature(Contracts, "CDI", "TOUS"),
            context.Codes.Nomenclature(Contracts, "CDD_PLUS_1_MOIS", "TOUS"),
            context.Codes.Nomenclature(Contracts, "CDD_1_MOIS_MOINS", "TOUS"),
        ];
    }

    public long Rows { get; private set; }

    /// <summary>Adds a row of <paramref name="establishment"/> (null when SIRENE does not know the SIRET: hidden place and sector).</summary>
    public void Add(MonthlyHires hires, Establishment? establishment)
    {
        ArgumentNullException.ThrowIfNull(hires);
        Rows++;
        if (!string.Equals(hires.Siret, _siret, StringComparison.Ordinal))
        {
            Flush();
            _siret = hires.Siret;
            _establishment = establishment;
        }
        var metier = _context.Activities.Metier(hires.Rome);
        var section = _context.Activities.Section(establishment?.Naf);
        foreach (var nomenclature in new[] { _all, _contracts[(int)hires.Contract] })
        {
            Pend(metier, nomenclature, hires.Count);
            foreach (var above in _context.Activities.AncestorsOf(metier))
                Pend(above, nomenclature, hires.Count);
            Pend(section, nomenclature, hires.Count);
        }
    }

    /// <summary>Adds the last establishment's hires; call once after the last row.</summary>
    public void Flush()
    {
        if (_siret is null)
            return;
        var territory = _context.Territories.Place(_establishment?.Commune, null);
        foreach (var ((activity, nomenclature), count) in _pending)
            _table.AddEstablishment(new CellKey(_indicator, territory, activity, nomenclature, 0), count);
        _pending.Clear();
        _siret = null;
    }

    private void Pend(int activity, int nomenclature, double count)
    {
        _pending.TryGetValue((activity, nomenclature), out var sum);
        _pending[(activity, nomenclature)] = sum + count;
    }
}
