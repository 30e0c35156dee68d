using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.CompanyFinder.Search;
using OpenEmploi.Web.Features.CompanyFinder;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.PortalSearch;

namespace OpenEmploi.Web.Pages;

/// <summary>
/// "Entreprises qui recrutent": an occupation and a place, the companies most likely to hire for it
/// nearby (stars, distance, a map), and how to apply spontaneously. GET only: a search is a link.
/// </summary>
internal sealed class EntreprisesModel(
    CompanyDirectory directory, OccupationResolver occupations, PlaceResolver places, CompanyMap map, ReferenceData data, TimeProvider time) : PageModel
{
    public const int PageSize = 10;

    public static readonly int[] Radii = [5, 10, 20, 30, 50, 100];

    [BindProperty(SupportsGet = true, Name = "metier")]
    public string? Metier { get; set; }

    [BindProperty(SupportsGet = true, Name = "lieu")]
    public string? Lieu { get; set; }

    [BindProperty(SupportsGet = true, Name = "rayon")]
    public string? Rayon { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Tri { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? P { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    public bool Searched { get; private set; }

    public ResolvedOccupation? Occupation { get; private set; }

    public ResolvedPlace? Place { get; private set; }

    public int Radius { get; private set; } = (int)CompanyQuery.DefaultRadiusKm;

    public int PageNumber { get; private set; } = 1;

    public int Total { get; private set; }

    public IReadOnlyList<CompanyView> Results { get; private set; } = [];

    public CompanyMap.Drawing? Map { get; private set; }

    public PlaceResolver Places => places;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Metier) && string.IsNullOrWhiteSpace(Lieu))
            return;
        Searched = true;
        if (string.IsNullOrWhiteSpace(Metier))
            Errors["metier"] = "Indiquez un métier, par exemple « Serveur en restauration ».";
        else
        {
            Occupation = occupations.Resolve(Metier);
            if (Occupation.Metier is null)
                Errors["metier"] = Occupation.Choices.Count > 0
                    ? $"« {Metier} » correspond à plusieurs métiers : choisissez-en un ci-dessous."
                    : $"Aucun métier ne correspond à « {Metier} » : essayez un autre intitulé.";
        }
        if (string.IsNullOrWhiteSpace(Lieu))
            Errors["lieu"] = "Indiquez une commune ou un code postal.";
        else
        {
            Place = places.Resolve(Lieu);
            if (!Place.IsResolved)
                Errors["lieu"] = Place.Problem == PlaceProblem.Ambiguous
                    ? $"Plusieurs communes s'appellent « {Lieu} » : choisissez-en une ci-dessous."
                    : $"Aucune commune ne correspond à « {Lieu} ».";
        }
        if (Rayon is not null)
        {
            if (int.TryParse(Rayon, NumberStyles.None, CultureInfo.InvariantCulture, out var radius) && Radii.Contains(radius))
                Radius = radius;
            else
                Errors["rayon"] = $"Le rayon « {Rayon} » n'est pas proposé : choisissez 5, 10, 20, 30, 50 ou 100 km.";
        }
        if (P is not null)
        {
            if (int.TryParse(P, NumberStyles.None, CultureInfo.InvariantCulture, out var pageNumber) && pageNumber is >= 1 and <= 100)
                PageNumber = pageNumber;
            else
                Errors["p"] = $"La page « {P} » n'existe pas.";
        }
        if (Tri is not (null or "" or "score" or "distance"))
            Errors["tri"] = $"Le tri « {Tri} » n'est pas proposé.";
        if (Errors.Count > 0)
            return;

        var commune = Place!.Communes[0];
        if (commune.Latitude is not { } lat || commune.Longitude is not { } lon)
        {
            Errors["lieu"] = $"La commune « {commune.Nom} » n'a pas de coordonnées dans le référentiel.";
            return;
        }
        var index = await directory.GetAsync(ct);
        var page = index.Search(new CompanyQuery([Occupation!.Metier!.CodeRome], lat, lon, Radius, ParisCalendar.DayOf(time.GetUtcNow()))
        {
            Sort = Tri switch { "score" => CompanySort.Score, "distance" => CompanySort.Distance, _ => CompanySort.Default },
            Page = PageNumber,
            PageSize = PageSize,
        });
        Total = page.Total;
        Results = [.. page.Hits.Select(hit => CompanyView.Of(hit, data))];
        Map = map.Draw(lat, lon, Radius, Results);
    }

    public bool HasNext => PageNumber * PageSize < Total;

    public string Link(int? page = null, string? tri = null, string? metier = null, string? lieu = null)
    {
        var parts = new List<string>
        {
            "metier=" + Uri.EscapeDataString(metier ?? Metier ?? ""),
            "lieu=" + Uri.EscapeDataString(lieu ?? Lieu ?? ""),
            "rayon=" + Radius.ToString(CultureInfo.InvariantCulture),
        };
        if ((tri ?? Tri) is { Length: > 0 } t)
            parts.Add("tri=" + t);
        if (page is > 1)
            parts.Add("p=" + page.Value.ToString(CultureInfo.InvariantCulture));
        return "/entreprises?" + string.Join('&', parts);
    }

    public static string Distance(double? km) => km is { } d ? d.ToString("0.#", CultureInfo.GetCultureInfo("fr-FR")) + " km" : "";

    public static string Headcount(CompanyView c) => c.HeadcountMax switch
    {
        0 => "sans salarié",
        { } max => $"{c.HeadcountMin} à {max} salariés",
        null => $"{c.HeadcountMin} salariés et plus",
    };

    public static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
