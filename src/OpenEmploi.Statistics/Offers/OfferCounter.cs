using System.Runtime.InteropServices;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Offers;

/// <summary>
/// Indicator 3 (OFF_1): offers registered over the period by occupation and by sector, by origin
/// (ORIGINEOFF), with their contracts, durable and full-time shares as characteristics of the total.
/// Offers are public notices: no count rule applies, shares still need 30 offers.
/// </summary>
/// <remarks>
/// Counts into its own <see cref="CellCounts"/> with its own characteristic codes, so that it can
/// run beside the hires' count; <see cref="AddTo"/> hands the cells to the table afterwards.
/// </remarks>
internal sealed class OfferCounter
{
    public const string Origins = "ORIGINEOFF";

    private readonly StatisticsContext _context;
    private readonly CellCounts _counts = new();
    private readonly FirstUseCharacteristics _characteristics = new();
    private readonly Dictionary<string, int> _sections = new(StringComparer.Ordinal);
    private readonly int[] _durable = [-1, -1];
    private readonly int[] _fullTime = [-1, -1];
    private readonly Dictionary<string, int> _contracts = new(StringComparer.Ordinal);
    private readonly int _indicator;
    private readonly int _all;
    private readonly int _employer;
    private readonly int _partner;

    public OfferCounter(StatisticsContext context, IndicatorDefinition indicator)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _indicator = context.Codes.Indicator(indicator);
        _all = context.Codes.Nomenclature(Origins, "TOUTES");
        _employer = context.Codes.Nomenclature(Origins, "EMPLOYEUR", "TOUTES");
        _partner = context.Codes.Nomenclature(Origins, "PARTENAIRE", "TOUTES");
    }

    public long Offers { get; private set; }

    public void Add(RegisteredOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        Offers++;
        var territory = _context.Territories.Place(offer.Commune, offer.Departement);
        var metier = _context.Activities.Metier(offer.Rome);
        var section = offer.Naf is null ? _context.Activities.Section(null) : SectionOf(offer.Naf);
        var origin = offer.Origin == OfferOrigin.Employer ? _employer : _partner;
        _counts.Add(new CellKey(_indicator, territory, metier, _all, 0).Packed);
        _counts.Add(new CellKey(_indicator, territory, section, _all, 0).Packed);
        _counts.Add(new CellKey(_indicator, territory, metier, origin, 0).Packed);
        _counts.Add(new CellKey(_indicator, territory, section, origin, 0).Packed);
        _counts.Add(new CellKey(_indicator, territory, ActivityIndex.All, _all, ContractOf(offer.Contract)).Packed);
        _counts.Add(new CellKey(_indicator, territory, ActivityIndex.All, _all,
            Local(_durable, offer.Durable, "DUREE", offer.Durable ? "DURABLE" : "NON_DURABLE")).Packed);
        _counts.Add(new CellKey(_indicator, territory, ActivityIndex.All, _all,
            Local(_fullTime, offer.FullTime, "TEMPS", offer.FullTime ? "PLEIN" : "PARTIEL")).Packed);
    }

    /// <summary>Adds the counted cells to <paramref name="table"/>, their characteristics given codebook ids first.</summary>
    public void AddTo(CellTable table)
    {
        var ids = FirstUseCharacteristics.Register(_context.Codes, [_characteristics])[0];
        var cells = new CellCounts(_counts.Count);
        cells.AddAll(_counts, packed => (packed & ~0x1FFL) | (long)ids[(int)(packed & 0x1FF)]);
        cells.AddTo(table);
    }

    // The section of each NAF code met, looked up once: Section() normalises the code (new strings) first.
    private int SectionOf(string naf)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_sections, naf, out var known);
        if (!known)
            id = _context.Activities.Section(naf);
        return id;
    }

    private int ContractOf(string contract)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_contracts, contract, out var known);
        if (!known)
            id = _characteristics.Characteristic("CONTRAT", contract);
        return id;
    }

    private int Local(int[] ids, bool flag, string type, string code)
    {
        ref var id = ref ids[flag ? 1 : 0];
        if (id < 0)
            id = _characteristics.Characteristic(type, code);
        return id;
    }

    /// <summary>Métier cells reach "all" through domaines; section cells stop at their section.</summary>
    public int[] ActivityAncestors(int activity) =>
        _context.Activities[activity].Type == "NAF" ? [] : _context.Activities.AncestorsOf(activity);
}
