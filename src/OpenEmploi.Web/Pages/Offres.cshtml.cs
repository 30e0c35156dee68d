using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Query;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.OffresApi.Parameters;
using OpenEmploi.Web.Features.PortalSearch;
using OpenEmploi.Web.Features.Search;

namespace OpenEmploi.Web.Pages;

/// <summary>
/// The job seekers' search: a plain GET form (it works without JavaScript and every result page,
/// facet and map link is an address that can be bookmarked or shared) over the offers API's index.
/// The form's fields are validated here, each error in French beside its field; the search then
/// runs once, with the facets the page shows beside the results and the map draws.
/// </summary>
public sealed class OffresModel(
    SearchIndexHolder index, IOffreStore store, ResultDocumentCache cache, ReferenceData referenceData, PlaceResolver places, DepartementMap map, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    // The API refuses a window starting past 3000.
    public const int MaxPage = 3000 / PageSize;

    /// <summary>The départements listed beside the results; the map and its table show them all.</summary>
    public const int DepartementFacetSize = 10;

    /// <summary>The contracts offered as boxes to tick; the facet links reach the others.</summary>
    public static readonly string[] MainContracts = ["CDI", "CDD", "MIS", "SAI", "DIN", "LIB"];

    public static readonly IReadOnlyList<(string Code, string Libelle)> ExperienceChoices =
        [("1", "Moins d'un an"), ("2", "De 1 à 3 ans"), ("3", "Plus de 3 ans"), ("0", "Non précisée")];

    private static readonly FacetKind[] PageFacets = [FacetKind.TypeContrat, FacetKind.Experience, FacetKind.TempsPlein, FacetKind.Departement];

    /// <summary>What the person typed: words, not the API's comma-separated keywords.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "lieu")]
    public string? Lieu { get; set; }

    [BindProperty(SupportsGet = true, Name = "rayon")]
    public string? Rayon { get; set; }

    [BindProperty(SupportsGet = true, Name = "departement")]
    public string? Departement { get; set; }

    [BindProperty(SupportsGet = true, Name = "contrat")]
    public List<string> Contrat { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "experience")]
    public string? Experience { get; set; }

    [BindProperty(SupportsGet = true, Name = "publiee")]
    public string? Publiee { get; set; }

    [BindProperty(SupportsGet = true, Name = "salaire")]
    public string? Salaire { get; set; }

    [BindProperty(SupportsGet = true, Name = "temps")]
    public string? Temps { get; set; }

    [BindProperty(SupportsGet = true, Name = "tri")]
    public string? Tri { get; set; }

    /// <summary>1-based result page ("page" is taken by Razor Pages' routing).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public string? P { get; set; }

    public Dictionary<string, string> Errors { get; } = [];

    /// <summary>The validated search; the links of the page are made from it.</summary>
    public SearchCriteria Criteria { get; private set; } = new();

    public ResolvedPlace? Place { get; private set; }

    public IReadOnlyList<Offre> Results { get; private set; } = [];

    public int Total { get; private set; }

    public SearchSort Sort { get; private set; }

    public IReadOnlyDictionary<FacetKind, IReadOnlyList<FacetValue>> Facets { get; private set; } = new Dictionary<FacetKind, IReadOnlyList<FacetValue>>();

    public int PageNumber => Criteria.Page;

    public bool HasNext => PageNumber < MaxPage && PageNumber * PageSize < Total;

    public int LastPage => Math.Clamp((Total + PageSize - 1) / PageSize, 1, MaxPage);

    public DepartementMap Map => map;

    public ReferenceData Data => referenceData;

    public PlaceResolver Places => places;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Criteria = Validate();
        if (Errors.Count > 0)
            return;

        var keywords = Keywords(Q);
        var words = keywords.Length == 0 ? [] : keywords.Split(',');
        Sort = Criteria.Tri switch
        {
            "date" => SearchSort.Date,
            "pertinence" => SearchSort.Relevance,
            "distance" => SearchSort.Distance,
            // Relevance only means something with words: the most recent first otherwise.
            _ => words.Length > 0 ? SearchSort.Relevance : SearchSort.Date,
        };
        var query = new SearchQuery
        {
            Keywords = words,
            Communes = Place is { } place ? [.. place.Communes.Select(c => c.CodeInsee)] : [],
            DistanceKm = Criteria.Rayon,
            Departements = Criteria.Departement is { } d ? [d] : [],
            TypesContrat = Criteria.Contrats,
            Experience = Criteria.Experience is { } e ? (ExperienceBand)(e[0] - '0') : null,
            PublieeDepuisJours = Criteria.Publiee,
            SalaireMin = Criteria.Salaire,
            PeriodeSalaire = SalaryPeriod.Mensuel,
            TempsPlein = Criteria.Temps switch { "plein" => true, "partiel" => false, _ => null },
            Sort = Sort,
            Start = (PageNumber - 1) * PageSize,
            End = PageNumber * PageSize - 1,
            Facets = PageFacets,
        };
        var result = index.Engine.Search(query, time.GetUtcNow().UtcDateTime);
        Total = result.Total;
        Facets = result.Facets.ToDictionary(f => f.Kind, f => f.Values);
        if (result.Ids.Count == 0)
            return;
        var documents = await cache.GetManyAsync(store, result.Ids, ct);
        // The index may be a moment ahead of the store (an offer just deleted): skip what is gone.
        Results = [.. result.Ids.Where(documents.ContainsKey).Select(id => JsonSerializer.Deserialize(documents[id], OffreJson.OffreInfo)!)];
    }

    public IReadOnlyList<FacetValue> Facet(FacetKind kind) => Facets.GetValueOrDefault(kind) ?? [];

    /// <summary>The département facet as the map reads it.</summary>
    public IReadOnlyDictionary<string, int> CountsByDepartement() =>
        Facet(FacetKind.Departement).ToDictionary(v => v.Value, v => v.Count, StringComparer.Ordinal);

    /// <summary>A page of the same search.</summary>
    public string PageLink(int page) => (Criteria with { Page = page }).Url();

    public string ContractLabel(string code) => referenceData.Listes.TypeContrat(code)?.Libelle ?? code;

    public static string ExperienceLabel(string code) =>
        ExperienceChoices.FirstOrDefault(c => c.Code == code).Libelle ?? code;

    public string DepartementLabel(string code) =>
        referenceData.Geographie.DepartementByCode(code) is { } d ? $"{d.Nom} ({d.Code})" : code;

    /// <summary>
    /// Each field read and checked; a wrong value is reported beside its field and the search is
    /// not run (rather than silently dropping a filter the person asked for).
    /// </summary>
    private SearchCriteria Validate()
    {
        var criteria = new SearchCriteria { Q = Blank(Q) };

        if (Blank(Departement) is { } departementText)
        {
            var departement = departementText.ToUpperInvariant();
            if (referenceData.Geographie.DepartementByCode(departement) is null)
                Errors["departement"] = $"Le département « {departementText} » n'existe pas : saisissez son numéro, par exemple 69 ou 2A, ou laissez le champ vide.";
            criteria = criteria with { Departement = departement };
        }

        var rayon = SearchCriteria.DefaultRadiusKm;
        if (Blank(Rayon) is { } rayonText
            && !(int.TryParse(rayonText, NumberStyles.None, CultureInfo.InvariantCulture, out rayon) && SearchCriteria.Radii.Contains(rayon)))
        {
            Errors["rayon"] = $"Le rayon « {rayonText} » n'est pas proposé : choisissez {string.Join(", ", SearchCriteria.Radii)} km.";
            rayon = SearchCriteria.DefaultRadiusKm;
        }
        criteria = criteria with { Rayon = rayon };

        if (Blank(Lieu) is { } lieu)
        {
            criteria = criteria with { Lieu = lieu };
            Place = places.Resolve(lieu);
            if (Place.Problem == PlaceProblem.Ambiguous)
                Errors["lieu"] = $"Plusieurs communes s'appellent « {lieu} » : choisissez la vôtre dans la liste sous le champ « Lieu », ou précisez le département, par exemple « {places.Label(Place.Choices[0])} ».";
            else if (Place.Problem == PlaceProblem.Unknown)
                Errors["lieu"] = Place.Choices.Count > 0
                    ? $"Aucune commune ne s'appelle « {lieu} » : vouliez-vous dire l'une des communes proposées sous le champ « Lieu » ?"
                    : $"Aucune commune ni aucun code postal ne correspond à « {lieu} » : saisissez le nom d'une commune ou un code postal à 5 chiffres.";
        }

        var contrats = new List<string>();
        foreach (var code in Contrat.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (referenceData.Listes.TypeContrat(code) is null)
                Errors["contrat"] = $"Le type de contrat « {code} » n'existe pas : choisissez parmi les cases proposées.";
            else
                contrats.Add(code);
        }
        criteria = criteria with { Contrats = contrats };

        if (Blank(Experience) is { } experience)
        {
            if (ExperienceChoices.Any(c => c.Code == experience))
                criteria = criteria with { Experience = experience };
            else
                Errors["experience"] = $"L'expérience « {experience} » n'est pas proposée : choisissez une durée dans la liste.";
        }

        if (Blank(Publiee) is { } publieeText)
        {
            if (int.TryParse(publieeText, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && SearchCriteria.PublicationDays.Contains(days))
                criteria = criteria with { Publiee = days };
            else
                Errors["publiee"] = $"La date de publication « {publieeText} » n'est pas proposée : choisissez 1, 3, 7, 14 ou 31 jours.";
        }

        if (Blank(Salaire) is { } salaireText)
        {
            // People type "1 800", "1800 €" or "1.800": spaces, the euro sign and group separators are not part of the amount.
            var digits = new string([.. salaireText.Where(c => !char.IsWhiteSpace(c) && c is not '€' and not '.')]);
            if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var salaire) && salaire is > 0 and <= 1_000_000)
                criteria = criteria with { Salaire = salaire };
            else
                Errors["salaire"] = $"Le salaire minimum « {salaireText} » n'est pas un montant : saisissez un salaire mensuel brut en euros, sans centimes, par exemple 1800.";
        }

        if (Blank(Temps) is { } temps)
        {
            if (temps is "plein" or "partiel")
                criteria = criteria with { Temps = temps };
            else
                Errors["temps"] = $"La durée du travail « {temps} » n'est pas proposée : choisissez temps plein ou temps partiel.";
        }

        if (Blank(Tri) is { } tri)
        {
            if (tri is "date" or "pertinence" || tri == "distance" && criteria.Lieu is not null)
                criteria = criteria with { Tri = tri };
            else
                Errors["tri"] = tri == "distance"
                    ? "Le tri par distance demande un lieu : saisissez une commune ou un code postal."
                    : $"Le tri « {tri} » n'est pas proposé : choisissez par date ou par pertinence.";
        }

        var page = 1;
        if (Blank(P) is { } pageText && !(int.TryParse(pageText, NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 1))
            page = 1;
        return criteria with { Page = Math.Clamp(page, 1, MaxPage) };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>
    /// Words as the API's keywords: each run of letters and digits of two characters or more, at
    /// most seven. An apostrophe or a comma typed in a search box separates words here, where the
    /// API would refuse them.
    /// </summary>
    public static string Keywords(string? text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in (text ?? "") + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (word.Length >= 2 && words.Count < KeywordsParameter.MaxKeywords)
                words.Add(word.ToString());
            word.Clear();
        }
        return string.Join(',', words);
    }
}
