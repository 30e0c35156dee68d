using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics.Dashboard;

/// <summary>
/// Reads a territory's dashboard from the published cells of the newest computed quarter (and of
/// the quarter before and the same quarter a year before, for evolutions) and of the newest
/// computed year for tension. Only published cells are read: a masked value stays masked.
/// </summary>
public sealed class TerritoryDashboardBuilder(
    IPublishedStatistics statistics, TerritoryDirectory territories, StatisticsActivities activities, StatisticsCodeLists codeLists, ReferenceData data)
{
    public const int TopCount = 10;
    public const string JobSeekerSource = "Registre des demandeurs d'emploi";
    public const string OfferSource = "Offres enregistrées sur la plateforme OpenEmploi";
    public const string HireSource = "Déclarations préalables à l'embauche des établissements";
    public const string SectorSource = "Effectifs salariés des établissements en fin d'année (répertoire des établissements et déclarations sociales)";
    public const string TensionSource = "Tension selon la méthode DARES (offres, demandeurs d'emploi, enquête Besoins en main-d'œuvre)";
    public const string ProjectSource = "Enquête Besoins en main-d'œuvre (projets de recrutement des employeurs, par zone d'emploi)";

    /// <summary>How an EPCI's projects are estimated from the survey's zones d'emploi (docs/statistics.md).</summary>
    public const string EpciProjectsNote = "Estimation : l'enquête est menée par zone d'emploi ; chaque zone est répartie entre ses EPCI "
        + "au prorata de leur population dans la zone, et le résultat arrondi au projet près ; une estimation inférieure à un demi-projet n'est pas publiée.";

    /// <summary>Shown for an EPCI without projects: its estimate, if any, rounded to 0 and was not published.</summary>
    public const string EpciWithoutProjectsNote = "Aucun projet de recrutement n'est publié pour cet EPCI cette année : l'enquête est menée par zone d'emploi, "
        + "et la part de ses zones d'emploi qui lui revient (au prorata de sa population) est inférieure à un demi-projet, ou nulle. "
        + "Une estimation arrondie à 0 n'est pas publiée : elle laisserait croire à l'absence de tout projet.";

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly string[] ProfileCharacteristics =
    [
        StatisticsCodeLists.Sex, StatisticsCodeLists.Age, StatisticsCodeLists.Education, StatisticsCodeLists.Qualification,
        StatisticsCodeLists.Experience, StatisticsCodeLists.Seniority, StatisticsCodeLists.Family,
    ];

    public async Task<TerritoryDashboard> BuildAsync(StatisticsTerritory territory, CancellationToken ct)
    {
        var computed = await statistics.GetComputedPeriodsAsync(ct);
        var quarter = Newest(computed, PeriodKind.Quarter);
        var year = Newest(computed, PeriodKind.Year);
        if (quarter is null)
            return new TerritoryDashboard(territory, null, null, null, [], [], null, null, null, null, [], null, null, null, null);

        var q = quarter.Code;
        var previous = StatisticsPeriods.Before(PeriodKind.Quarter, q, 1)!;
        var yearBefore = StatisticsPeriods.Before(PeriodKind.Quarter, q, 4)!;
        var date = "calcul du " + quarter.ComputedAt.ToString("d MMMM yyyy", French) + ", données du " + StatisticsPeriods.Label(PeriodKind.Quarter, q);
        var periods = new[] { q, previous, yearBefore };

        var jobSeekers = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.JobSeekersCode, territory.Level, territory.Code,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, StatisticsCodeLists.JobSeekerCategory, PeriodKind.Quarter, periods), ct);
        var entries = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.EntriesCode, territory.Level, territory.Code,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, StatisticsCodeLists.JobSeekerCategory, PeriodKind.Quarter, periods), ct);
        var entries12 = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.TwelveMonthEntriesCode, territory.Level, territory.Code,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, StatisticsCodeLists.JobSeekerCategory, PeriodKind.Quarter, periods), ct);
        var exits = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.ExitsCode, territory.Level, territory.Code,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, StatisticsCodeLists.JobSeekerCategory, PeriodKind.Quarter, periods), ct);
        var exits12 = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.TwelveMonthExitsCode, territory.Level, territory.Code,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, StatisticsCodeLists.JobSeekerCategory, PeriodKind.Quarter, periods), ct);
        var offers = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.OffersCode, territory.Level, territory.Code,
            PeriodKind: PeriodKind.Quarter, PeriodCodes: periods), ct);
        var offers12 = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.TwelveMonthOffersCode, territory.Level, territory.Code,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, StatisticsCodeLists.OfferOrigin, PeriodKind.Quarter, periods), ct);
        var hires = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.HiresCode, territory.Level, territory.Code,
            PeriodKind: PeriodKind.Quarter, PeriodCodes: periods), ct);

        PublishedCell? Main(List<PublishedCell> cells, string period, string code, string activityType = StatisticsActivities.Cumul) =>
            cells.FirstOrDefault(c => c.PeriodCode == period && c.NomenclatureCode == code && c.CharacteristicType.Length == 0 && c.ActivityType == activityType);
        KeyFigure Figure(string id, string label, string unit, List<PublishedCell> cells, string code, string indicator) =>
            new(id, label, unit, ShownValue.Of(Main(cells, q, code)), ShownValue.Of(Main(cells, previous, code)), ShownValue.Of(Main(cells, yearBefore, code)), indicator);

        KeyFigure[] keyFigures =
        [
            Figure("de-abc", "Demandeurs d'emploi (catégories A, B, C) en fin de trimestre", "demandeurs", jobSeekers, "ABC", StatisticsIndicator.JobSeekersCode),
            Figure("de-a", "dont sans emploi (catégorie A)", "demandeurs", jobSeekers, "A", StatisticsIndicator.JobSeekersCode),
            Figure("entrees", "Inscriptions sur le trimestre (catégories A, B, C)", "inscriptions", entries, "ABC", StatisticsIndicator.EntriesCode),
            Figure("sorties", "Sorties sur le trimestre (catégories A, B, C)", "sorties", exits, "ABC", StatisticsIndicator.ExitsCode),
            Figure("entrees-12-mois", "Inscriptions sur les 12 derniers mois (catégories A, B, C)", "inscriptions", entries12, "ABC", StatisticsIndicator.TwelveMonthEntriesCode),
            Figure("sorties-12-mois", "Sorties sur les 12 derniers mois (catégories A, B, C)", "sorties", exits12, "ABC", StatisticsIndicator.TwelveMonthExitsCode),
            Figure("offres", "Offres d'emploi enregistrées sur le trimestre", "offres", offers, "TOUTES", StatisticsIndicator.OffersCode),
            Figure("offres-12-mois", "Offres d'emploi enregistrées sur les 12 derniers mois", "offres", offers12, "TOUTES", StatisticsIndicator.TwelveMonthOffersCode),
            Figure("embauches", "Embauches sur le trimestre", "embauches", hires, "TOUS", StatisticsIndicator.HiresCode),
        ];

        var profile = new List<DashboardFigure>();
        foreach (var characteristic in ProfileCharacteristics)
        {
            var list = codeLists.Find(characteristic)!;
            var cells = jobSeekers.Where(c => c.PeriodCode == q && c.NomenclatureCode == "ABC" && c.ActivityType == StatisticsActivities.Cumul && c.CharacteristicType == characteristic).ToList();
            if (cells.Count == 0)
                continue;
            var bars = cells.OrderBy(c => list.Values.ToList().FindIndex(v => v.Code == c.CharacteristicCode))
                .Select(c => new ChartBar(list.LabelOf(c.CharacteristicCode), ShownValue.Of(c), ShownValue.PercentageOf(c))).ToList();
            profile.Add(new DashboardFigure("profil-" + characteristic.ToLowerInvariant(), "Demandeurs d'emploi (A, B, C) par " + Lower(list.Label), "demandeurs", bars, JobSeekerSource, date, StatisticsIndicator.JobSeekersCode));
        }

        DashboardFigure? Top(string id, string title, string unit, List<PublishedCell> cells, string activityType, string code, string source, string indicator)
        {
            var bars = cells.Where(c => c.PeriodCode == q && c.ActivityType == activityType && c.NomenclatureCode == code && c.CharacteristicType.Length == 0 && !c.IsMasked && c.Value is not null)
                .OrderByDescending(c => c.Value).Take(TopCount)
                .Select(c => new ChartBar(activities.LabelOf(c.ActivityType, c.ActivityCode) + " (" + c.ActivityCode + ")", ShownValue.Of(c), ShownValue.Missing))
                .ToList();
            return bars.Count == 0 ? null : new DashboardFigure(id, title, unit, bars, source, date, indicator);
        }

        var growing = await GrowingSectorsAsync(territory, year, ct);
        var (tensionYear, tensions) = await TensionsAsync(territory, year, ct);
        var projects = await ProjectsAsync(territory, year, ct);
        var departementMap = await DepartementMapAsync(q, date, ct);
        var (zoneMap, region) = await ZoneMapAsync(territory, q, date, ct);

        return new TerritoryDashboard(territory, q, StatisticsPeriods.Label(PeriodKind.Quarter, q), quarter.ComputedAt.ToString("d MMMM yyyy", French),
            keyFigures, profile,
            Top("metiers", "Métiers les plus recherchés par les employeurs (offres du trimestre)", "offres", offers, StatisticsActivities.Rome, "TOUTES", OfferSource, StatisticsIndicator.OffersCode),
            Top("secteurs", "Secteurs qui recrutent le plus (embauches du trimestre)", "embauches", hires, StatisticsActivities.Naf, "TOUS", HireSource, StatisticsIndicator.HiresCode),
            growing, tensionYear, tensions, departementMap, zoneMap, region, projects);
    }

    /// <summary>
    /// Recruitment projects of the newest computed year (BMO_1, all occupations): how many, and
    /// the shares judged difficult and seasonal (published on 30 projects or more). Null where the
    /// survey gives nothing (communes, or no year computed).
    /// </summary>
    private async Task<RecruitmentProjectFigures?> ProjectsAsync(StatisticsTerritory territory, ComputedPeriod? year, CancellationToken ct)
    {
        if (year is null)
            return null;
        var cells = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.ProjectsCode, territory.Level, territory.Code,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, PeriodKind: PeriodKind.Year, PeriodCodes: [year.Code]), ct);
        var main = cells.FirstOrDefault(c => c.CharacteristicType.Length == 0);
        if (main is null)
            return null;
        PublishedCell? Part(string type, string code) => cells.FirstOrDefault(c => c.CharacteristicType == type && c.CharacteristicCode == code);
        return new RecruitmentProjectFigures(year.Code, ShownValue.Of(main),
            ShownValue.PercentageOf(Part("DIFFICULTE", "DIFFICILE")), ShownValue.PercentageOf(Part("SAISONNALITE", "SAISONNIER")),
            territory.Level == TerritoryLevel.Epci, "année " + year.Code + ", calcul du " + year.ComputedAt.ToString("d MMMM yyyy", French));
    }

    /// <summary>
    /// Growing sectors (indicator 7, SECT_EVOL5 of the newest computed year): the NAF sections the
    /// computation flags as growing (employees up over five years, and faster than all sectors of
    /// France), by their change in %; sections whose change is masked follow as "secret", so the
    /// reader knows the list may miss them.
    /// </summary>
    private async Task<DashboardFigure?> GrowingSectorsAsync(StatisticsTerritory territory, ComputedPeriod? year, CancellationToken ct)
    {
        if (year is null)
            return null;
        var cells = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.SectorGrowthCode, territory.Level, territory.Code, StatisticsActivities.Naf, null,
            PeriodKind: PeriodKind.Year, PeriodCodes: [year.Code]), ct);
        var main = cells.Where(c => c.CharacteristicType.Length == 0).ToList();
        var growing = main.Where(c => !c.IsMasked && c.Value == 1 && c.Percentage is not null)
            .OrderByDescending(c => c.Percentage).ThenBy(c => c.ActivityCode, StringComparer.Ordinal).Take(TopCount)
            .Select(c => new ChartBar(SectorLabel(c.ActivityCode), new ShownValue(c.Percentage, false), ShownValue.Missing));
        var masked = main.Where(c => c.IsMasked).OrderBy(c => c.ActivityCode, StringComparer.Ordinal)
            .Select(c => new ChartBar(SectorLabel(c.ActivityCode), new ShownValue(null, true), ShownValue.Missing));
        var bars = growing.Concat(masked).ToList();
        return bars.Count == 0 ? null
            : new DashboardFigure("secteurs-croissance", "Secteurs en croissance : évolution des effectifs salariés sur cinq ans (%)", "%", bars,
                SectorSource, "année " + year.Code + " comparée à " + (int.Parse(year.Code, CultureInfo.InvariantCulture) - 5).ToString(CultureInfo.InvariantCulture)
                + ", calcul du " + year.ComputedAt.ToString("d MMMM yyyy", French), StatisticsIndicator.SectorGrowthCode);
    }

    private string SectorLabel(string code) => activities.LabelOf(StatisticsActivities.Naf, code) + " (" + code + ")";

    private async Task<(string? Year, IReadOnlyList<OccupationTension> Tensions)> TensionsAsync(StatisticsTerritory territory, ComputedPeriod? year, CancellationToken ct)
    {
        if (year is null)
            return (null, []);
        var cells = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.TensionCode, territory.Level, territory.Code, StatisticsActivities.Rome, null,
            StatisticsCodeLists.Tension, PeriodKind.Year, [year.Code]), ct);
        var tensions = cells.Where(c => c.NomenclatureCode == "TENSION" && c.CharacteristicType.Length == 0)
            .OrderByDescending(c => c.Value ?? -1).ThenBy(c => c.ActivityCode, StringComparer.Ordinal)
            .Take(2 * TopCount)
            .Select(c => new OccupationTension(c.ActivityCode, activities.LabelOf(StatisticsActivities.Rome, c.ActivityCode), ShownValue.Of(c)))
            .ToList();
        return (year.Code, tensions);
    }

    private async Task<MapValues?> DepartementMapAsync(string q, string date, CancellationToken ct)
    {
        var cells = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.JobSeekersCode, TerritoryLevel.Departement, null,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, StatisticsCodeLists.JobSeekerCategory, PeriodKind.Quarter, [q]), ct);
        var values = cells.Where(c => c.NomenclatureCode == "ABC" && c.CharacteristicType.Length == 0)
            .ToDictionary(c => c.TerritoryCode, ShownValue.Of, StringComparer.Ordinal);
        return values.Count == 0 ? null
            : new MapValues("Demandeurs d'emploi (A, B, C) par département", "demandeurs", values, JobSeekerSource, date, StatisticsIndicator.JobSeekersCode);
    }

    /// <summary>The zones d'emploi of the territory's région (France métropolitaine for France or a région-less territory).</summary>
    private async Task<(MapValues?, string?)> ZoneMapAsync(StatisticsTerritory territory, string q, string date, CancellationToken ct)
    {
        var cells = await ReadAsync(new PublishedCellQuery(StatisticsIndicator.JobSeekersCode, TerritoryLevel.ZoneEmploi, null,
            StatisticsActivities.Cumul, StatisticsActivities.Cumul, StatisticsCodeLists.JobSeekerCategory, PeriodKind.Quarter, [q]), ct);
        var values = cells.Where(c => c.NomenclatureCode == "ABC" && c.CharacteristicType.Length == 0)
            .ToDictionary(c => c.TerritoryCode, ShownValue.Of, StringComparer.Ordinal);
        if (values.Count == 0)
            return (null, null);
        var region = RegionOf(territory);
        return (new MapValues("Demandeurs d'emploi (A, B, C) par zone d'emploi", "demandeurs", values, JobSeekerSource, date, StatisticsIndicator.JobSeekersCode), region);
    }

    /// <summary>The région code of a territory lying in one région, else null.</summary>
    public string? RegionOf(StatisticsTerritory territory) => territory.Level switch
    {
        TerritoryLevel.Region => territory.Code,
        TerritoryLevel.Nation => null,
        _ => territory.CodeDepartement is { } d ? data.Geographie.DepartementByCode(d)?.CodeRegion : null,
    };

    public StatisticsTerritory? Find(string type, string code) =>
        TerritoryTypes.Parse(type) is { } level ? territories.Find(level, code) : null;

    private async Task<List<PublishedCell>> ReadAsync(PublishedCellQuery query, CancellationToken ct)
    {
        var cells = new List<PublishedCell>();
        await foreach (var cell in statistics.ReadAsync(query, ct))
            cells.Add(cell);
        return cells;
    }

    private static ComputedPeriod? Newest(IReadOnlyList<ComputedPeriod> computed, PeriodKind kind) =>
        computed.Where(p => p.Kind == kind).OrderByDescending(p => StatisticsPeriods.Ordinal(kind, p.Code)).FirstOrDefault();

    private static string Lower(string label) => char.ToLower(label[0], French) + label[1..];
}
