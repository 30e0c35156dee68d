namespace OpenEmploi.DataGen.Statistics;

/// <summary>A zone d'emploi with its population and its main département (the one most of its people live in).</summary>
internal sealed record ZoneEmploi(string Code, double Population, string MainDepartement);

/// <summary>A month of the window: its first day, how many of its days fall inside, and its month number.</summary>
internal readonly record struct WindowMonth(DateOnly First, int Days)
{
    public int Number => First.Month;
}

/// <summary>
/// The tables the statistics builders share, built once from the <see cref="GeneratorContext"/>
/// and the options: places weighted for job seekers (population × local unemployment), zones
/// d'emploi, sectors and occupations, months of the windows with their seasonal weights.
/// </summary>
internal sealed class StatisticsWorld
{
    public StatisticsWorld(GeneratorContext context, StatisticsGeneratorOptions options)
    {
        Context = context;
        Options = options;
        Sectors = new SectorTable(context);
        var places = context.Places.Communes.Items;
        SeekerPlaces = new WeightedPicker<CommunePlace>(places,
            places.Select(p => p.Commune.Population * Unemployment(p.Departement.Code)).ToList());

        var zones = new SortedDictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            if (place.Commune.CodeZoneEmploi is not { Length: > 0 } code)
                continue;
            if (!zones.TryGetValue(code, out var byDepartement))
                zones[code] = byDepartement = new Dictionary<string, double>(StringComparer.Ordinal);
            byDepartement[place.Departement.Code] = byDepartement.GetValueOrDefault(place.Departement.Code) + place.Commune.Population;
        }
        Zones = zones.Select(z => new ZoneEmploi(z.Key, z.Value.Values.Sum(),
            z.Value.OrderByDescending(d => d.Value).ThenBy(d => d.Key, StringComparer.Ordinal).First().Key)).ToArray();

        var domaines = new Dictionary<string, (string Domaine, string GrandDomaine)>(StringComparer.Ordinal);
        foreach (var m in context.Data.Rome.Metiers)
            domaines[m.CodeRome] = (m.CodeDomaine, m.CodeGrandDomaine);
        Domaines = domaines;

        SeekerMonths = Months(options.Start, options.End);
        HireMonths = Months(options.HiresStart, options.End);
        RegistrationMonths = new WeightedPicker<WindowMonth>(SeekerMonths,
            SeekerMonths.Select(m => m.Days * LabourMarketTables.RegistrationSeason[m.Number - 1]).ToList());
        var offerMonths = new Dictionary<string, WeightedPicker<WindowMonth>>(StringComparer.Ordinal);
        foreach (var section in context.Data.Naf.Sections)
        {
            var season = SectorProfiles.Of(section.Code).Season;
            offerMonths[section.Code] = new WeightedPicker<WindowMonth>(SeekerMonths,
                SeekerMonths.Select(m => m.Days * LabourMarketTables.OfferSeason[m.Number - 1] * Math.Sqrt(season[m.Number - 1] / season.Average())).ToList());
        }
        OfferMonths = offerMonths;
        SeekerDays = options.End.DayNumber - options.Start.DayNumber + 1;
    }

    public GeneratorContext Context { get; }

    public StatisticsGeneratorOptions Options { get; }

    public SectorTable Sectors { get; }

    /// <summary>Communes weighted by population × the département's relative unemployment.</summary>
    public WeightedPicker<CommunePlace> SeekerPlaces { get; }

    public ZoneEmploi[] Zones { get; }

    public IReadOnlyDictionary<string, (string Domaine, string GrandDomaine)> Domaines { get; }

    public WindowMonth[] SeekerMonths { get; }

    public WindowMonth[] HireMonths { get; }

    public WeightedPicker<WindowMonth> RegistrationMonths { get; }

    /// <summary>Months of the offers, by NAF section: the offers' own season tempered by the sector's hiring season.</summary>
    public IReadOnlyDictionary<string, WeightedPicker<WindowMonth>> OfferMonths { get; }

    public int SeekerDays { get; }

    public static double Unemployment(string departement) => LabourMarketTables.UnemploymentByDepartement.GetValueOrDefault(departement, 1.0);

    private static WindowMonth[] Months(DateOnly start, DateOnly end)
    {
        var months = new List<WindowMonth>();
        for (var first = new DateOnly(start.Year, start.Month, 1); first <= end; first = first.AddMonths(1))
        {
            var from = first < start ? start : first;
            var last = first.AddMonths(1).AddDays(-1);
            var to = last > end ? end : last;
            months.Add(new WindowMonth(first, to.DayNumber - from.DayNumber + 1));
        }
        return [.. months];
    }
}
