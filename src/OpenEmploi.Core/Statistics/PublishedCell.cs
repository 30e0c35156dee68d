namespace OpenEmploi.Core.Statistics;

/// <summary>Territory levels of the statistics, with the "Marché du travail" API's type codes.</summary>
public enum TerritoryLevel : byte
{
    /// <summary>France (NAT, code "FR").</summary>
    Nation = 1,
    /// <summary>Région (REG, INSEE code).</summary>
    Region = 2,
    /// <summary>Département (DEP).</summary>
    Departement = 3,
    /// <summary>Zone d'emploi 2020 (ZE).</summary>
    ZoneEmploi = 4,
    /// <summary>EPCI (SIREN code).</summary>
    Epci = 5,
    /// <summary>Commune (COM), published only where the disclosure rules allow.</summary>
    Commune = 6,
}

public enum PeriodKind : byte
{
    /// <summary>Quarter, code "2026T3".</summary>
    Quarter = 1,
    /// <summary>Calendar year, code "2026".</summary>
    Year = 2,
}

/// <summary>
/// Why a cell is published without its value. Primary reasons come from the cell itself;
/// <see cref="Secondary"/> marks a cell hidden only so that a primary one cannot be recomputed
/// from published totals.
/// </summary>
public enum MaskReason : byte
{
    /// <summary>A count of people below 11.</summary>
    SmallCount = 1,
    /// <summary>A ratio or share whose denominator is below 30.</summary>
    SmallDenominator = 2,
    /// <summary>An establishment cell with fewer than 3 establishments.</summary>
    FewEstablishments = 3,
    /// <summary>An establishment cell where one establishment makes more than 85 %.</summary>
    Dominance = 4,
    /// <summary>Hidden to protect another masked cell (secondary suppression).</summary>
    Secondary = 5,
    /// <summary>Tension not published: fewer than 30 offers, projects or category-A job seekers in the year.</summary>
    BelowPublicationFloor = 6,
}

/// <summary>
/// One published statistic, after disclosure control: the unit the API, the CSV downloads and the
/// dashboards read. A masked cell carries no value at all (<see cref="Value"/> and
/// <see cref="Percentage"/> null), so the store never holds a secret figure.
/// </summary>
/// <remarks>
/// <c>Indicator</c>: the API's code (DE_1 job seekers, DE_5 entries, OFF_1 offers, EMB_1 hires,
/// PERSP_2 tension) or the platform's own for the specification's other indicators (documented in
/// docs/statistics.md). <c>ActivityType</c>: CUMUL (all), ROME, DOMAINE, GRAND_DOMAINE or NAF.
/// <c>Nomenclature</c>: the breakdown's nomenclature, e.g. CATCAND (job-seeker category), ORIGINEOFF
/// (offer origin), TYPE_TENSION, with <c>NomenclatureCode</c> its value (e.g. "ABC").
/// <c>CharacteristicType</c>: empty for the cell's main value, else the characteristic the cell
/// breaks the main value down by (e.g. SEXE, AGE, NIVFORM), with <c>CharacteristicCode</c>.
/// </remarks>
public sealed record PublishedCell(
    string Indicator,
    TerritoryLevel TerritoryLevel,
    string TerritoryCode,
    string ActivityType,
    string ActivityCode,
    string Nomenclature,
    string NomenclatureCode,
    string CharacteristicType,
    string CharacteristicCode,
    PeriodKind PeriodKind,
    string PeriodCode,
    double? Value,
    double? Percentage,
    MaskReason? Mask)
{
    public bool IsMasked => Mask is not null;
}

/// <summary>Which published cells to read; a null member means "any".</summary>
public sealed record PublishedCellQuery(
    string Indicator,
    TerritoryLevel? TerritoryLevel = null,
    string? TerritoryCode = null,
    string? ActivityType = null,
    string? ActivityCode = null,
    string? Nomenclature = null,
    PeriodKind? PeriodKind = null,
    IReadOnlyList<string>? PeriodCodes = null);

/// <summary>
/// The store of published statistics. A computation replaces a whole period at once, in one
/// transaction, so readers see either the previous run's cells or the new run's, never a mix.
/// </summary>
public interface IPublishedStatistics
{
    /// <summary>Replaces every cell of the period (<paramref name="kind"/>, <paramref name="periodCode"/>) with <paramref name="cells"/>.</summary>
    Task<long> ReplacePeriodAsync(PeriodKind kind, string periodCode, IAsyncEnumerable<PublishedCell> cells, DateTimeOffset computedAt, CancellationToken ct = default);

    IAsyncEnumerable<PublishedCell> ReadAsync(PublishedCellQuery query, CancellationToken ct = default);

    /// <summary>Computed periods, newest first, with the time each was computed (the API's <c>dateMaj</c>).</summary>
    Task<IReadOnlyList<ComputedPeriod>> GetComputedPeriodsAsync(CancellationToken ct = default);
}

public sealed record ComputedPeriod(PeriodKind Kind, string Code, DateTimeOffset ComputedAt, long Cells);
