using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tension;

/// <summary>
/// The year's inputs of the tension method by commune and métier (rolled up afterwards): offers
/// and non-durable offers, category-A registrations, ABC exits, the mean ABC stock over the four
/// quarter ends, the category-A stock at the year's end, and employment by occupation.
/// </summary>
internal sealed class TensionInputCounter(StatisticsContext context, CellTable table, int year)
{
    private readonly int _offers = context.Codes.Indicator(TensionInputs.Offers);
    private readonly int _nonDurable = context.Codes.Indicator(TensionInputs.NonDurableOffers);
    private readonly int _entriesA = context.Codes.Indicator(TensionInputs.EntriesA);
    private readonly int _exitsAbc = context.Codes.Indicator(TensionInputs.ExitsAbc);
    private readonly int _meanStock = context.Codes.Indicator(TensionInputs.MeanStockAbc);
    private readonly int _stockA = context.Codes.Indicator(TensionInputs.StockA);
    private readonly int _employment = context.Codes.Indicator(TensionInputs.Employment);
    private readonly int _all = context.Codes.Nomenclature(ActivityIndex.Cumul, ActivityIndex.Cumul);
    private readonly Dictionary<int, double> _hiresByMetier = [];
    private string? _siret;
    private int _territory;

    public void Add(JobSeekerEpisode episode)
    {
        ArgumentNullException.ThrowIfNull(episode);
        var territory = context.Territories.Place(episode.Commune, null);
        var metier = context.Activities.Metier(episode.RomeSought);
        var isAbc = episode.Category is JobSeekerCategory.A or JobSeekerCategory.B or JobSeekerCategory.C;
        if (episode.Category == JobSeekerCategory.A && episode.RegisteredOn.Year == year)
            Add(_entriesA, territory, metier, 1);
        if (isAbc && episode.ExitedOn is { } exited && exited.Year == year)
            Add(_exitsAbc, territory, metier, 1);
        if (isAbc)
        {
            for (var quarter = 1; quarter <= 4; quarter++)
            {
                if (JobSeekers.JobSeekerCounter.RegisteredAt(episode, StatPeriod.OfQuarter(year, quarter).End))
                    Add(_meanStock, territory, metier, 0.25);
            }
        }
        if (episode.Category == JobSeekerCategory.A && JobSeekers.JobSeekerCounter.RegisteredAt(episode, new DateOnly(year, 12, 31)))
            Add(_stockA, territory, metier, 1);
    }

    public void Add(RegisteredOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        var territory = context.Territories.Place(offer.Commune, offer.Departement);
        var metier = context.Activities.Metier(offer.Rome);
        Add(_offers, territory, metier, 1);
        if (!offer.Durable)
            Add(_nonDurable, territory, metier, 1);
    }

    /// <summary>A row of the year's hires: remembered by métier until the establishment's headcount comes.</summary>
    public void AddHires(MonthlyHires hires, Establishment? establishment)
    {
        ArgumentNullException.ThrowIfNull(hires);
        if (!string.Equals(hires.Siret, _siret, StringComparison.Ordinal))
        {
            _hiresByMetier.Clear();
            _siret = hires.Siret;
            _territory = context.Territories.Place(establishment?.Commune, null);
        }
        var metier = context.Activities.Metier(hires.Rome);
        if (metier != context.Activities.UnknownMetier)
        {
            _hiresByMetier.TryGetValue(metier, out var count);
            _hiresByMetier[metier] = count + hires.Count;
        }
    }

    /// <summary>Shares the current establishment's employees among the métiers it hired in.</summary>
    public void AddEmployees(string siret, int employees)
    {
        if (!string.Equals(siret, _siret, StringComparison.Ordinal) || _hiresByMetier.Count == 0)
            return;
        var total = _hiresByMetier.Values.Sum();
        foreach (var (metier, count) in _hiresByMetier)
            Add(_employment, _territory, metier, employees * count / total);
    }

    private void Add(int indicator, int territory, int metier, double value) =>
        table.Add(new CellKey(indicator, territory, metier, _all, 0), value);
}
