namespace OpenEmploi.CompanyFinder.Search;

public enum CompanySort
{
    /// <summary>Boosted companies first, then score × the day's random factor, then distance.</summary>
    Default,
    Score,
    Distance,
}

/// <summary>
/// A search: occupations (any of them), a centre and a radius — or, without a centre, whole
/// départements — optional NAF codes and headcount bands, an order, a page (1-based).
/// <see cref="Day"/> seeds the default order's random factor (the Paris day, from the clock).
/// </summary>
public sealed record CompanyQuery(
    IReadOnlyList<string> Romes,
    double? Latitude,
    double? Longitude,
    double RadiusKm,
    DateOnly Day)
{
    public const double MaximumRadiusKm = 200;
    public const double DefaultRadiusKm = 10;
    public const int MaximumPageSize = 100;

    /// <summary>Only establishments in these départements (place given as a département or a région).</summary>
    public IReadOnlySet<string>? Departements { get; init; }

    /// <summary>NAF codes or prefixes ("56.10A", "56"): any of them.</summary>
    public IReadOnlyList<string> Nafs { get; init; } = [];

    /// <summary>Smallest and largest SIRENE headcount band accepted (codes of <c>HeadcountBands</c>).</summary>
    public string? MinimumHeadcountBand { get; init; }

    public string? MaximumHeadcountBand { get; init; }

    public CompanySort Sort { get; init; } = CompanySort.Default;

    /// <summary>The order read backwards (the API's sort_direction=asc).</summary>
    public bool Reverse { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    public bool HasCentre => Latitude is not null && Longitude is not null;
}

/// <summary>One company found: which occupation matched best, its score and stars, how far, whether boosted.</summary>
public sealed record CompanyHit(
    ListedCompany Company,
    CompanyControl Control,
    string Rome,
    double Score,
    double Stars,
    double? DistanceKm,
    bool Boosted,
    double PlaceLatitude,
    double PlaceLongitude,
    string PlaceCommune);

public sealed record CompanyPage(int Total, IReadOnlyList<CompanyHit> Hits);
