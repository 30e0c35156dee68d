using System.Globalization;

namespace OpenEmploi.Web.Features.PortalSearch;

/// <summary>
/// A portal search once validated, and its address: every link of the page (facets, map, pages,
/// sorting) is this search with one thing changed, written back as /offres?… so that any of them
/// can be bookmarked or shared. Defaults are left out of the address, parameters in a fixed order.
/// </summary>
public sealed record SearchCriteria
{
    public const int DefaultRadiusKm = 10;

    /// <summary>The radii offered, in km; 0 is the commune alone.</summary>
    public static readonly int[] Radii = [0, 5, 10, 20, 30, 50, 100];

    /// <summary>The offers API's publieeDepuis values, in days.</summary>
    public static readonly int[] PublicationDays = [1, 3, 7, 14, 31];

    public string? Q { get; init; }

    /// <summary>The place as typed (or as chosen among homonyms): a commune name, "Nom (69)", a postal code.</summary>
    public string? Lieu { get; init; }

    public int Rayon { get; init; } = DefaultRadiusKm;

    public string? Departement { get; init; }

    public IReadOnlyList<string> Contrats { get; init; } = [];

    /// <summary>"0" to "3", the offers API's experience bands.</summary>
    public string? Experience { get; init; }

    /// <summary>Published at most this many days ago.</summary>
    public int? Publiee { get; init; }

    /// <summary>Minimum gross monthly salary, in euros.</summary>
    public int? Salaire { get; init; }

    /// <summary>"plein" or "partiel".</summary>
    public string? Temps { get; init; }

    /// <summary>"date", "pertinence" or "distance"; null is the default (relevance with words, date otherwise).</summary>
    public string? Tri { get; init; }

    public int Page { get; init; } = 1;

    public bool HasFilters =>
        Lieu is { Length: > 0 } || Departement is { Length: > 0 } || Contrats.Count > 0 || Experience is not null
        || Publiee is not null || Salaire is not null || Temps is not null;

    /// <summary>The same search from its first page with <paramref name="change"/> applied.</summary>
    public string With(Func<SearchCriteria, SearchCriteria> change) => change(this with { Page = 1 }).Url();

    public string Url()
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (value is { Length: > 0 })
                parameters.Add(new(name, value));
        }
        Add("q", Q);
        Add("lieu", Lieu);
        if (Lieu is { Length: > 0 } && Rayon != DefaultRadiusKm)
            Add("rayon", Rayon.ToString(CultureInfo.InvariantCulture));
        Add("departement", Departement);
        foreach (var contrat in Contrats)
            Add("contrat", contrat);
        Add("experience", Experience);
        Add("publiee", Publiee?.ToString(CultureInfo.InvariantCulture));
        Add("salaire", Salaire?.ToString(CultureInfo.InvariantCulture));
        Add("temps", Temps);
        Add("tri", Tri);
        if (Page > 1)
            Add("p", Page.ToString(CultureInfo.InvariantCulture));
        return "/offres" + QueryString.Create(parameters).Value;
    }
}
