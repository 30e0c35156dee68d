using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics.Dashboard;

/// <summary>A published value as a figure shows it: a number, masked by statistical confidentiality, or not published at all.</summary>
public sealed record ShownValue(double? Number, bool Masked)
{
    public static readonly ShownValue Missing = new(null, false);

    public static ShownValue Of(PublishedCell? cell) => cell is null ? Missing : new(cell.Value, cell.IsMasked);

    public static ShownValue PercentageOf(PublishedCell? cell) => cell is null ? Missing : new(cell.Percentage, cell.IsMasked);

    public bool HasNumber => Number is not null && !Masked;
}

/// <summary>
/// One key figure with its evolutions against the previous quarter and the same quarter a year
/// before; <see cref="Indicator"/>: the published table it is read from (its open-data dataset).
/// </summary>
public sealed record KeyFigure(string Id, string Label, string Unit, ShownValue Current, ShownValue PreviousQuarter, ShownValue YearBefore, string Indicator)
{
    public double? ChangeFromPreviousQuarter => Change(PreviousQuarter);

    public double? ChangeFromYearBefore => Change(YearBefore);

    private double? Change(ShownValue before) =>
        Current.HasNumber && before.HasNumber && before.Number != 0 ? (Current.Number!.Value - before.Number!.Value) / before.Number!.Value * 100 : null;
}

/// <summary>One bar of a chart: its label, its value (or masked), and a share when the breakdown has one.</summary>
public sealed record ChartBar(string Label, ShownValue Value, ShownValue Share, string? Link = null);

/// <summary>
/// A figure of the dashboard: its title, what it counts, its bars (or map), its source and date,
/// the published table it is read from (<see cref="Indicator"/>, for the link to its dataset), and
/// whether a value is masked (the figure then says "secret statistique").
/// </summary>
public sealed record DashboardFigure(string Id, string Title, string Unit, IReadOnlyList<ChartBar> Bars, string Source, string Date, string Indicator)
{
    public bool HasMasked => Bars.Any(b => b.Value.Masked);

    public bool IsEmpty => Bars.Count == 0;
}

/// <summary>Tension of an occupation in the territory: the level (1 to 5) of the main indicator.</summary>
public sealed record OccupationTension(string Code, string Label, ShownValue Level)
{
    public static string LevelLabel(double level) => (int)Math.Round(level) switch
    {
        1 => "très faible",
        2 => "faible",
        3 => "moyenne",
        4 => "élevée",
        _ => "très élevée",
    };
}

/// <summary>A value by map area (département or zone d'emploi code), read from the published table <see cref="Indicator"/>.</summary>
public sealed record MapValues(string Title, string Unit, IReadOnlyDictionary<string, ShownValue> Values, string Source, string Date, string Indicator)
{
    public bool HasMasked => Values.Values.Any(v => v.Masked);
}

/// <summary>
/// Recruitment projects of a year (all occupations): their number and the shares judged difficult
/// and seasonal. <see cref="Estimated"/>: an EPCI's figures, spread from its zones d'emploi.
/// </summary>
public sealed record RecruitmentProjectFigures(string Year, ShownValue Projects, ShownValue DifficultShare, ShownValue SeasonalShare, bool Estimated, string Date)
{
    public bool HasMasked => Projects.Masked || DifficultShare.Masked || SeasonalShare.Masked;
}

/// <summary>Everything a territory's dashboard shows, read from the published cells.</summary>
public sealed record TerritoryDashboard(
    StatisticsTerritory Territory,
    string? Quarter,
    string? QuarterLabel,
    string? ComputedOn,
    IReadOnlyList<KeyFigure> KeyFigures,
    IReadOnlyList<DashboardFigure> Profile,
    DashboardFigure? Occupations,
    DashboardFigure? Sectors,
    DashboardFigure? GrowingSectors,
    string? TensionYear,
    IReadOnlyList<OccupationTension> Tensions,
    MapValues? DepartementMap,
    MapValues? ZoneMap,
    string? ZoneMapRegion,
    RecruitmentProjectFigures? Projects)
{
    public bool HasData => Quarter is not null;
}
