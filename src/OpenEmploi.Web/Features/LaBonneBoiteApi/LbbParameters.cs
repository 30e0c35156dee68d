using System.Globalization;
using Microsoft.Extensions.Primitives;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.CompanyFinder.Search;

namespace OpenEmploi.Web.Features.LaBonneBoiteApi;

/// <summary>One problem with a query parameter, as the original API reports it (FastAPI's shape).</summary>
public sealed record LbbProblem(IReadOnlyList<string> Loc, string Msg, string Type, string? Input);

/// <summary>
/// Reads the search parameters of "La Bonne Boîte" v2: repeatable <c>rome</c>; a mandatory place
/// (<c>citycode</c>, or <c>latitude</c> + <c>longitude</c>, or <c>department_number</c>,
/// <c>postcode</c>, <c>city</c>, <c>region</c>); <c>distance</c> (km, ≤ 200, default 10);
/// <c>page</c>, <c>page_size</c> (≤ 100, default 10); <c>naf</c>; <c>sort_by</c>,
/// <c>sort_direction</c>. Every problem found is reported at once (422), each with its parameter.
/// </summary>
internal sealed class LbbParameters(ReferenceData data)
{
    public const int DefaultPageSize = 10;

    public (CompanyQuery? Query, Resolved? Resolved, IReadOnlyList<LbbProblem> Problems) Parse(IQueryCollection query, DateOnly day, IReadOnlyCollection<string> allRomes)
    {
        var problems = new List<LbbProblem>();
        var romes = query["rome"].Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!.Trim()).ToList();

        var distance = Number(query, "distance", problems) ?? CompanyQuery.DefaultRadiusKm;
        if (query.ContainsKey("distance") && distance > CompanyQuery.MaximumRadiusKm)
            problems.Add(Problem("distance", "La distance ne peut pas dépasser 200 km.", "less_than_equal", query["distance"]));
        if (distance < 0)
            problems.Add(Problem("distance", "La distance ne peut pas être négative.", "greater_than_equal", query["distance"]));

        var page = Integer(query, "page", problems) ?? 1;
        if (page < 1)
            problems.Add(Problem("page", "La page commence à 1.", "greater_than_equal", query["page"]));
        var pageSize = Integer(query, "page_size", problems) ?? DefaultPageSize;
        if (pageSize < 1 || pageSize > CompanyQuery.MaximumPageSize)
            problems.Add(Problem("page_size", "page_size va de 1 à 100.", "less_than_equal", query["page_size"]));

        var sortBy = Single(query, "sort_by");
        if (sortBy is not (null or "hiring_potential" or "distance"))
            problems.Add(Problem("sort_by", "sort_by vaut hiring_potential ou distance.", "enum", sortBy));
        var direction = Single(query, "sort_direction") ?? "desc";
        if (direction is not ("asc" or "desc"))
            problems.Add(Problem("sort_direction", "sort_direction vaut asc ou desc.", "enum", direction));

        var naf = Single(query, "naf");
        string? nafCode = null;
        if (naf is not null)
        {
            nafCode = NormaliseNaf(naf);
            if (nafCode is null)
                problems.Add(Problem("naf", "Code NAF inconnu (par exemple 5610A ou 56.10A).", "value_error", naf));
        }

        var place = ResolvePlace(query, problems);
        if (problems.Count > 0 || place is null)
            return (null, null, problems);

        var companyQuery = new CompanyQuery(romes.Count > 0 ? romes : [.. allRomes], place.Latitude, place.Longitude, place.HasCentre ? distance : CompanyQuery.MaximumRadiusKm, day)
        {
            Departements = place.Departements,
            Nafs = nafCode is null ? [] : [nafCode],
            Sort = sortBy switch
            {
                "hiring_potential" => CompanySort.Score,
                "distance" => CompanySort.Distance,
                _ => CompanySort.Default,
            },
            Page = page,
            PageSize = pageSize,
            Reverse = direction == "asc",
        };
        return (companyQuery, new Resolved(romes, place, place.HasCentre ? distance : null, page, pageSize, sortBy ?? "hiring_potential", direction, nafCode), problems);
    }

    private PlaceFilter? ResolvePlace(IQueryCollection query, List<LbbProblem> problems)
    {
        var geo = data.Geographie;
        var latitude = Number(query, "latitude", problems);
        var longitude = Number(query, "longitude", problems);
        if (query.ContainsKey("latitude") != query.ContainsKey("longitude"))
        {
            problems.Add(Problem(query.ContainsKey("latitude") ? "longitude" : "latitude", "latitude et longitude vont ensemble.", "missing", null));
            return null;
        }
        if (latitude is { } lat && longitude is { } lon)
        {
            if (lat is < -90 or > 90 || lon is < -180 or > 180)
            {
                problems.Add(Problem("latitude", "Coordonnées hors limites (latitude de -90 à 90, longitude de -180 à 180).", "value_error", $"{lat},{lon}"));
                return null;
            }
            return new PlaceFilter(lat, lon, null, null, null);
        }
        if (Single(query, "citycode") is { } citycode)
        {
            if (geo.CommuneByInsee(citycode) is { Latitude: { } clat, Longitude: { } clon } commune)
                return new PlaceFilter(clat, clon, null, commune, null);
            problems.Add(Problem("citycode", "Code commune INSEE inconnu.", "value_error", citycode));
            return null;
        }
        if (Single(query, "postcode") is { } postcode)
        {
            var communes = geo.CommunesByPostalCode(postcode).Where(c => c.Latitude is not null && !c.IsArrondissement).ToList();
            if (communes.Count > 0)
                return new PlaceFilter(communes[0].Latitude, communes[0].Longitude, null, communes[0], null);
            problems.Add(Problem("postcode", "Code postal inconnu.", "value_error", postcode));
            return null;
        }
        if (Single(query, "city") is { } city)
        {
            var found = geo.FindCommunes(city, 5).Where(c => !c.IsArrondissement && c.Latitude is not null).ToList();
            var exact = found.FirstOrDefault(c => string.Equals(c.Nom, city, StringComparison.OrdinalIgnoreCase)) ?? found.FirstOrDefault();
            if (exact is not null)
                return new PlaceFilter(exact.Latitude, exact.Longitude, null, exact, null);
            problems.Add(Problem("city", "Commune introuvable.", "value_error", city));
            return null;
        }
        if (Single(query, "department_number") is { } departement)
        {
            if (geo.DepartementByCode(departement) is not null)
                return new PlaceFilter(null, null, new HashSet<string>([departement], StringComparer.Ordinal), null, departement);
            problems.Add(Problem("department_number", "Numéro de département inconnu.", "value_error", departement));
            return null;
        }
        if (Single(query, "region") is { } region)
        {
            if (geo.RegionByCode(region) is not null)
                return new PlaceFilter(null, null, geo.DepartementsOfRegion(region).Select(d => d.Code).ToHashSet(StringComparer.Ordinal), null, null) { Region = region };
            problems.Add(Problem("region", "Code région inconnu.", "value_error", region));
            return null;
        }
        if (problems.Count == 0)
            problems.Add(Problem("citycode", "Un lieu est obligatoire : citycode, latitude et longitude, department_number, postcode, city ou region.", "missing", null));
        return null;
    }

    private string? NormaliseNaf(string text)
    {
        var compact = text.Trim().Replace(".", "", StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length == 5)
        {
            var dotted = compact[..2] + "." + compact[2..];
            return data.Naf.ByCode(dotted) is not null ? dotted : null;
        }
        return compact.Length == 2 && data.Naf.ByCode(compact) is not null ? compact : null;
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && !StringValues.IsNullOrEmpty(values) && !string.IsNullOrWhiteSpace(values[^1]) ? values[^1]!.Trim() : null;

    private static double? Number(IQueryCollection query, string name, List<LbbProblem> problems)
    {
        if (Single(query, name) is not { } text)
            return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        problems.Add(Problem(name, "Nombre attendu (point décimal).", "float_parsing", text));
        return null;
    }

    private static int? Integer(IQueryCollection query, string name, List<LbbProblem> problems)
    {
        if (Single(query, name) is not { } text)
            return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            return value;
        problems.Add(Problem(name, "Nombre entier attendu.", "int_parsing", text));
        return null;
    }

    private static LbbProblem Problem(string parameter, string message, string type, string? input) =>
        new(["query", parameter], message, type, input);

    public sealed record PlaceFilter(double? Latitude, double? Longitude, IReadOnlySet<string>? Departements, Commune? Commune, string? Departement)
    {
        public string? Region { get; init; }

        public bool HasCentre => Latitude is not null && Longitude is not null;
    }

    /// <summary>What the query became: the API echoes it as resolved_params.</summary>
    public sealed record Resolved(IReadOnlyList<string> Romes, PlaceFilter Place, double? Distance, int Page, int PageSize, string SortBy, string SortDirection, string? Naf);
}
