using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Scoring;

namespace OpenEmploi.CompanyFinder.Search;

/// <summary>
/// The company finder's search, in memory: per occupation, the places of the companies listed for
/// it, sorted by latitude, so a query reads only the latitude band of its radius before the exact
/// distance test. Built from the published scores and the companies' controls: opted-out companies
/// are left out, added occupations are listed at the company's global score, boosted ones flagged.
/// Immutable once built: rebuilt when the prediction or a control changes.
/// </summary>
public sealed class CompanyIndex
{
    private readonly ListedCompany[] _companies;
    private readonly CompanyControl[] _controls;
    private readonly int[] _headcountRanks;
    private readonly Dictionary<string, Entry[]> _byRome;

    private CompanyIndex(ListedCompany[] companies, CompanyControl[] controls, Dictionary<string, Entry[]> byRome)
    {
        _companies = companies;
        _controls = controls;
        _byRome = byRome;
        _headcountRanks = [.. companies.Select(c => HeadcountBands.Rank(c.HeadcountBand))];
    }

    public static CompanyIndex Empty { get; } = new([], [], new Dictionary<string, Entry[]>(StringComparer.Ordinal));

    public int CompanyCount => _companies.Length;

    /// <summary>Listed (company, occupation, place) entries.</summary>
    public int EntryCount => _byRome.Values.Sum(e => e.Length);

    public IReadOnlyCollection<string> Romes => _byRome.Keys;

    public static CompanyIndex Build(IEnumerable<ListedCompany> companies, IReadOnlyDictionary<string, CompanyControl> controls, ListingThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(controls);
        ArgumentNullException.ThrowIfNull(thresholds);
        var kept = new List<ListedCompany>();
        var keptControls = new List<CompanyControl>();
        var byRome = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var company in companies)
        {
            var control = controls.GetValueOrDefault(company.Siret) ?? CompanyControl.None(company.Siret);
            if (control.OptOut)
                continue;
            var index = kept.Count;
            var romes = new Dictionary<string, (double Score, bool Boosted)>(StringComparer.Ordinal);
            foreach (var (rome, score) in company.OccupationScores)
            {
                if (thresholds.ListsFor(rome, company.GlobalScore, score))
                    romes[rome] = (score, false);
            }
            // An occupation the company says it hires is listed whatever the model predicts, at
            // its global score; a boosted one is listed too, and shown first.
            foreach (var rome in control.AddedRomes)
                romes[rome] = (Math.Max(romes.GetValueOrDefault(rome).Score, company.GlobalScore), false);
            foreach (var rome in control.BoostedRomes)
                romes[rome] = (Math.Max(romes.GetValueOrDefault(rome).Score, company.OccupationScores.GetValueOrDefault(rome)), true);
            if (romes.Count == 0)
                continue;
            kept.Add(company);
            keptControls.Add(control);
            foreach (var (rome, (score, boosted)) in romes)
            {
                if (!byRome.TryGetValue(rome, out var entries))
                    byRome[rome] = entries = [];
                entries.Add(new Entry(index, -1, company.Latitude, company.Longitude, (float)score, boosted, DateOnly.MaxValue));
                for (var p = 0; p < control.ExtraPlaces.Count; p++)
                {
                    var place = control.ExtraPlaces[p];
                    entries.Add(new Entry(index, p, place.Latitude, place.Longitude, (float)score, boosted, place.ExpiresOn));
                }
            }
        }
        return new CompanyIndex(
            [.. kept], [.. keptControls],
            byRome.ToDictionary(p => p.Key, p => p.Value.OrderBy(e => e.Latitude).ToArray(), StringComparer.Ordinal));
    }

    public CompanyPage Search(CompanyQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var radius = Math.Clamp(query.RadiusKm, 0, CompanyQuery.MaximumRadiusKm);
        var minBand = query.MinimumHeadcountBand is { } min ? HeadcountBands.Rank(min) : int.MinValue;
        var maxBand = query.MaximumHeadcountBand is { } max ? HeadcountBands.Rank(max) : int.MaxValue;
        var best = new Dictionary<int, Candidate>();
        foreach (var rome in query.Romes.Distinct(StringComparer.Ordinal))
        {
            if (!_byRome.TryGetValue(rome, out var entries))
                continue;
            var (from, to) = query.HasCentre ? LatitudeBand(entries, query.Latitude!.Value, radius) : (0, entries.Length);
            for (var i = from; i < to; i++)
            {
                ref readonly var entry = ref entries[i];
                if (entry.ExpiresOn < query.Day)
                    continue;
                double? distance = null;
                if (query.HasCentre)
                {
                    var d = Distance(query.Latitude!.Value, query.Longitude!.Value, entry.Latitude, entry.Longitude);
                    if (d > radius)
                        continue;
                    distance = d;
                }
                var company = _companies[entry.Company];
                if (query.Departements is { } departements && !departements.Contains(Departements.OfCommune(PlaceCommune(entry))))
                    continue;
                var band = _headcountRanks[entry.Company];
                if (band < minBand || band > maxBand)
                    continue;
                if (query.Nafs.Count > 0 && !query.Nafs.Any(n => company.Naf.StartsWith(n, StringComparison.Ordinal)))
                    continue;
                var candidate = new Candidate(entry, rome, distance);
                if (!best.TryGetValue(entry.Company, out var known) || Better(candidate, known))
                    best[entry.Company] = candidate;
            }
        }

        var ordered = Order(best.Values, query);
        if (query.Reverse)
            ordered = ordered.Reverse();
        var pageSize = Math.Clamp(query.PageSize, 1, CompanyQuery.MaximumPageSize);
        var hits = ordered.Skip((Math.Max(1, query.Page) - 1) * pageSize).Take(pageSize).Select(ToHit).ToList();
        return new CompanyPage(best.Count, hits);
    }

    private IEnumerable<Candidate> Order(IEnumerable<Candidate> candidates, CompanyQuery query) => query.Sort switch
    {
        CompanySort.Score => candidates.OrderByDescending(c => c.Entry.Score).ThenBy(c => c.Distance ?? 0).ThenBy(c => _companies[c.Entry.Company].Siret, StringComparer.Ordinal),
        CompanySort.Distance => candidates.OrderBy(c => c.Distance ?? 0).ThenByDescending(c => c.Entry.Score).ThenBy(c => _companies[c.Entry.Company].Siret, StringComparer.Ordinal),
        _ => candidates
            .OrderByDescending(c => c.Entry.Boosted)
            .ThenByDescending(c => c.Entry.Score * DailyShuffle.Factor(_companies[c.Entry.Company].Siret, query.Day))
            .ThenBy(c => c.Distance ?? 0)
            .ThenBy(c => _companies[c.Entry.Company].Siret, StringComparer.Ordinal),
    };

    /// <summary>For a company found through several occupations or places: the boosted, then the higher score, then the nearer.</summary>
    private static bool Better(Candidate a, Candidate b) =>
        a.Entry.Boosted != b.Entry.Boosted ? a.Entry.Boosted
        : a.Entry.Score != b.Entry.Score ? a.Entry.Score > b.Entry.Score
        : (a.Distance ?? 0) < (b.Distance ?? 0);

    private CompanyHit ToHit(Candidate c)
    {
        var company = _companies[c.Entry.Company];
        var control = _controls[c.Entry.Company];
        var (commune, lat, lon) = c.Entry.Place < 0
            ? (company.Commune, company.Latitude, company.Longitude)
            : (control.ExtraPlaces[c.Entry.Place].Commune, control.ExtraPlaces[c.Entry.Place].Latitude, control.ExtraPlaces[c.Entry.Place].Longitude);
        return new CompanyHit(company, control, c.Rome, c.Entry.Score, HiringScore.Stars(c.Entry.Score), c.Distance is { } d ? Math.Round(d, 1) : null, c.Entry.Boosted, lat, lon, commune);
    }

    private string PlaceCommune(in Entry entry) =>
        entry.Place < 0 ? _companies[entry.Company].Commune : _controls[entry.Company].ExtraPlaces[entry.Place].Commune;

    /// <summary>The entries whose latitude lies within the radius of the centre's (a little wider, never narrower).</summary>
    private static (int From, int To) LatitudeBand(Entry[] entries, double latitude, double radiusKm)
    {
        var delta = (radiusKm * 1.01 / 111.0) + 0.0001;
        return (LowerBound(entries, latitude - delta), LowerBound(entries, latitude + delta + 1e-9));
    }

    private static int LowerBound(Entry[] entries, double latitude)
    {
        int lo = 0, hi = entries.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (entries[mid].Latitude < latitude)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /// <summary>Haversine distance in km on a sphere of the mean Earth radius.</summary>
    internal static double Distance(double lat1, double lon1, double lat2, double lon2)
    {
        const double R = 6371.0088;
        const double Rad = Math.PI / 180;
        var dLat = (lat2 - lat1) * Rad;
        var dLon = (lon2 - lon1) * Rad;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1 * Rad) * Math.Cos(lat2 * Rad) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * R * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>A company's place listed for one occupation. <see cref="Place"/> -1: its SIRENE address, else an extra place.</summary>
    private readonly record struct Entry(int Company, int Place, double Latitude, double Longitude, float Score, bool Boosted, DateOnly ExpiresOn);

    private readonly record struct Candidate(Entry Entry, string Rome, double? Distance);
}
