using OpenEmploi.Core.Referentiels;
using OpenEmploi.Web.Features.CompanyFinder;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.LaBonneBoiteApi;

internal static class SearchCompanies
{
    public const double HighPotentialStars = 4.0;

    public static async Task<IResult> HandleAsync(
        HttpContext http, LbbParameters parameters, CompanyDirectory directory, ReferenceData data, TimeProvider time, CancellationToken ct)
    {
        var index = await directory.GetAsync(ct);
        var day = ParisCalendar.DayOf(time.GetUtcNow());
        var (query, resolved, problems) = parameters.Parse(http.Request.Query, day, index.Romes);
        if (query is null || resolved is null)
            return Results.Json(new LbbErrorBody(problems), statusCode: StatusCodes.Status422UnprocessableEntity);

        var page = index.Search(query);
        var items = page.Hits.Select(hit => CompanyView.Of(hit, data)).Select(v => new LbbItem(
            v.Id, v.Siret, v.CompanyName, v.OfficeName, v.Naf, v.NafLabel, v.HeadcountMin, v.HeadcountMax,
            new LbbLocation(v.Latitude, v.Longitude), v.City, v.CityCode, v.PostCode, v.Department, v.DepartmentNumber, v.Region,
            v.Stars, v.Stars >= HighPotentialStars, v.Rome, v.AcceptsEmail ? "yes" : "no")).ToList();
        var sent = http.Request.Query.ToDictionary(
            p => p.Key, p => p.Value.Count == 1 ? (object)p.Value[0]! : p.Value.ToArray(), StringComparer.Ordinal);
        var place = resolved.Place;
        var resolvedParams = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["rome"] = resolved.Romes,
            ["latitude"] = place.Latitude,
            ["longitude"] = place.Longitude,
            ["distance"] = resolved.Distance,
            ["citycode"] = place.Commune?.CodeInsee,
            ["city"] = place.Commune?.Nom,
            ["department_number"] = place.Departement ?? place.Commune?.CodeDepartement,
            ["region"] = place.Region ?? place.Commune?.CodeRegion,
            ["naf"] = resolved.Naf?.Replace(".", "", StringComparison.Ordinal),
            ["page"] = resolved.Page,
            ["page_size"] = resolved.PageSize,
            ["sort_by"] = resolved.SortBy,
            ["sort_direction"] = resolved.SortDirection,
        };
        return Results.Json(new LbbResponse(page.Total, items, sent, resolvedParams));
    }
}
