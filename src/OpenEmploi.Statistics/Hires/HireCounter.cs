using System.Runtime.InteropServices;
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
    // The establishment's sums by activity and contract nomenclature (activity << 6 | nomenclature),
    // in the order first met, as they go to the table.
    private readonly Dictionary<int, double> _pending = [];
    private readonly Dictionary<string, int> _sections = new(StringComparer.Ordinal);
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
        var section = SectionOf(establishment?.Naf);
        Pend(metier, section, _all, hires.Count);
        Pend(metier, section, _contracts[(int)hires.Contract], hires.Count);
    }

    // The section of each NAF code met, looked up once: Section() normalises the code (new strings) first.
    private int SectionOf(string? naf)
    {
        if (naf is null)
            return _context.Activities.Section(null);
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_sections, naf, out var known);
        if (!known)
            id = _context.Activities.Section(naf);
        return id;
    }

    private void Pend(int metier, int section, int nomenclature, double count)
    {
        Pend(metier, nomenclature, count);
        foreach (var above in _context.Activities.AncestorsOf(metier))
            Pend(above, nomenclature, count);
        Pend(section, nomenclature, count);
    }

    /// <summary>Adds the last establishment's hires; call once after the last row.</summary>
    public void Flush()
    {
        if (_siret is null)
            return;
        var territory = _context.Territories.Place(_establishment?.Commune, null);
        foreach (var (pending, count) in _pending)
            _table.AddEstablishment(new CellKey(_indicator, territory, pending >> 6, pending & 0x3F, 0), count);
        _pending.Clear();
        _siret = null;
    }

    private void Pend(int activity, int nomenclature, double count) =>
        CollectionsMarshal.GetValueRefOrAddDefault(_pending, (activity << 6) | nomenclature, out _) += count;
}
