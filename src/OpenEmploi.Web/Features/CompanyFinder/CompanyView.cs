using System.Globalization;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.CompanyFinder.History;
using OpenEmploi.CompanyFinder.Search;

namespace OpenEmploi.Web.Features.CompanyFinder;

/// <summary>
/// A company found, as anybody may see it: an establishment in SIRENE's partial diffusion shows
/// neither its identity (name, SIRET) nor its address — only its commune, placed at the commune's
/// centre; a company that hid its address is placed at its commune's centre too; one that hid its
/// contacts takes no e-mail applications through us. Every page and the API go through here.
/// </summary>
public sealed record CompanyView(
    string Id,
    string? Siret,
    string CompanyName,
    string? OfficeName,
    string Naf,
    string? NafLabel,
    int HeadcountMin,
    int? HeadcountMax,
    double Latitude,
    double Longitude,
    bool ExactLocation,
    string City,
    string CityCode,
    string? PostCode,
    string? Department,
    string DepartmentNumber,
    string? Region,
    string Rome,
    string? RomeLabel,
    double Score,
    double Stars,
    double? DistanceKm,
    bool Boosted,
    bool AcceptsEmail,
    string? ContactEmail)
{
    public const string UndisclosedName = "Établissement non diffusible";

    public static CompanyView Of(CompanyHit hit, ReferenceData data)
    {
        ArgumentNullException.ThrowIfNull(hit);
        ArgumentNullException.ThrowIfNull(data);
        var company = hit.Company;
        var commune = data.Geographie.CommuneByInsee(hit.PlaceCommune);
        var hidden = company.PartialDiffusion;
        var exact = !hidden && !hit.Control.HideAddress;
        var (lat, lon) = exact || commune?.Latitude is null || commune.Longitude is null
            ? (hit.PlaceLatitude, hit.PlaceLongitude)
            : (commune.Latitude.Value, commune.Longitude.Value);
        var departement = commune is null ? Departements.OfCommune(hit.PlaceCommune) : commune.CodeDepartement;
        var (min, max) = HeadcountBands.BoundsOf(company.HeadcountBand);
        return new CompanyView(
            hidden ? OpaqueId(company.Siret) : company.Siret,
            hidden ? null : company.Siret,
            hidden ? UndisclosedName : company.Name,
            hidden ? null : company.Sign ?? company.Name,
            company.Naf.Replace(".", "", StringComparison.Ordinal),
            data.Naf.ByCode(company.Naf)?.Libelle,
            min,
            max,
            Math.Round(lat, 5),
            Math.Round(lon, 5),
            exact,
            commune?.Nom ?? hit.PlaceCommune,
            hit.PlaceCommune,
            commune is { CodesPostaux.Count: > 0 } ? commune.CodesPostaux[0] : null,
            data.Geographie.DepartementByCode(departement)?.Nom,
            departement,
            commune is null ? null : data.Geographie.RegionByCode(commune.CodeRegion)?.Nom,
            hit.Rome,
            data.Rome.MetierByCode(hit.Rome)?.Libelle,
            Math.Round(hit.Score, 1),
            hit.Stars,
            hit.DistanceKm,
            hit.Boosted,
            !hidden && hit.Control.AcceptsEmail,
            !hidden && hit.Control.AcceptsEmail ? hit.Control.ContactEmail : null);
    }

    /// <summary>A stable id that does not reveal the SIRET of an establishment that may not be identified.</summary>
    internal static string OpaqueId(string siret)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("openemploi-lbb:" + siret));
        return "nd-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    public string StarsText => Stars.ToString("0.0", CultureInfo.GetCultureInfo("fr-FR"));
}
