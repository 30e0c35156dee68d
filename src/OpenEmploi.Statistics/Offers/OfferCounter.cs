using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Offers;

/// <summary>
/// Indicator 3 (OFF_1): offers registered over the period by occupation and by sector, by origin
/// (ORIGINEOFF), with their contracts, durable and full-time shares as characteristics of the total.
/// Offers are public notices: no count rule applies, shares still need 30 offers.
/// </summary>
internal sealed class OfferCounter
{
    public const string Origins = "ORIGINEOFF";

    private readonly StatisticsContext _context;
    private readonly CellTable _table;
    private readonly int _indicator;
    private readonly int _all;
    private readonly int _employer;
    private readonly int _partner;

    public OfferCounter(StatisticsContext context, CellTable table, IndicatorDefinition indicator)
    {
        _context = context;
        _table = table;
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
        var section = _context.Activities.Section(offer.Naf);
        var origin = offer.Origin == OfferOrigin.Employer ? _employer : _partner;
        foreach (var nomenclature in new[] { _all, origin })
        {
            _table.Add(new CellKey(_indicator, territory, metier, nomenclature, 0), 1);
            _table.Add(new CellKey(_indicator, territory, section, nomenclature, 0), 1);
        }
        var codes = _context.Codes;
        _table.Add(new CellKey(_indicator, territory, ActivityIndex.All, _all, codes.Characteristic("CONTRAT", offer.Contract)), 1);
        _table.Add(new CellKey(_indicator, territory, ActivityIndex.All, _all,
            codes.Characteristic("DUREE", offer.Durable ? "DURABLE" : "NON_DURABLE")), 1);
        _table.Add(new CellKey(_indicator, territory, ActivityIndex.All, _all,
            codes.Characteristic("TEMPS", offer.FullTime ? "PLEIN" : "PARTIEL")), 1);
    }

    /// <summary>Métier cells reach "all" through domaines; section cells stop at their section.</summary>
    public int[] ActivityAncestors(int activity) =>
        _context.Activities[activity].Type == "NAF" ? [] : _context.Activities.AncestorsOf(activity);
}
