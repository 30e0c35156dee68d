using System.Text.Json.Serialization;

namespace OpenEmploi.Web.Features.LaBonneBoiteApi;

/// <summary>The search response of "La Bonne Boîte" v2: total hits, the page's items, the query as sent and as resolved.</summary>
public sealed record LbbResponse(
    [property: JsonPropertyName("hits")] int Hits,
    [property: JsonPropertyName("items")] IReadOnlyList<LbbItem> Items,
    [property: JsonPropertyName("params")] IReadOnlyDictionary<string, object> Params,
    [property: JsonPropertyName("resolved_params")] IReadOnlyDictionary<string, object?> ResolvedParams);

public sealed record LbbLocation([property: JsonPropertyName("lat")] double Lat, [property: JsonPropertyName("lon")] double Lon);

/// <summary>
/// One company. <c>hiring_potential</c> is the public stars (0–5), never the predicted hires;
/// <c>is_high_potential</c> is 4 stars or more; <c>email</c> "yes" when the company takes
/// spontaneous applications by e-mail. An establishment in partial diffusion has a null siret and
/// office name, "Établissement non diffusible" as company name, and its commune's centre as location.
/// </summary>
public sealed record LbbItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("siret")] string? Siret,
    [property: JsonPropertyName("company_name")] string CompanyName,
    [property: JsonPropertyName("office_name")] string? OfficeName,
    [property: JsonPropertyName("naf")] string Naf,
    [property: JsonPropertyName("naf_label")] string? NafLabel,
    [property: JsonPropertyName("headcount_min")] int HeadcountMin,
    [property: JsonPropertyName("headcount_max")] int? HeadcountMax,
    [property: JsonPropertyName("location")] LbbLocation Location,
    [property: JsonPropertyName("city")] string City,
    [property: JsonPropertyName("citycode")] string CityCode,
    [property: JsonPropertyName("postcode")] string? PostCode,
    [property: JsonPropertyName("department")] string? Department,
    [property: JsonPropertyName("department_number")] string DepartmentNumber,
    [property: JsonPropertyName("region")] string? Region,
    [property: JsonPropertyName("hiring_potential")] double HiringPotential,
    [property: JsonPropertyName("is_high_potential")] bool IsHighPotential,
    [property: JsonPropertyName("rome")] string Rome,
    [property: JsonPropertyName("email")] string Email);

/// <summary>The 422 body: every parameter problem, FastAPI's shape.</summary>
public sealed record LbbErrorBody([property: JsonPropertyName("detail")] IReadOnlyList<LbbProblem> Detail);
