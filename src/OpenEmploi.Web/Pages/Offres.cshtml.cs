using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;
using OpenEmploi.Web.Features.OffresApi.Parameters;
using OpenEmploi.Web.Features.Search;

namespace OpenEmploi.Web.Pages;

/// <summary>
/// The job seekers' search: a plain GET form (it works without JavaScript and its result pages can
/// be bookmarked) over the same index and parameter rules as the offers API.
/// </summary>
public sealed class OffresModel(SearchIndexHolder index, IOffreStore store, ReferenceData referenceData, TimeProvider time) : PageModel
{
    public const int PageSize = 20;

    // The API refuses a window starting past 3000.
    public const int MaxPage = 3000 / PageSize;

    /// <summary>What the person typed: words, not the API's comma-separated keywords.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "departement")]
    public string? Departement { get; set; }

    /// <summary>1-based result page ("page" is taken by Razor Pages' routing).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Dictionary<string, string> Errors { get; } = [];

    public IReadOnlyList<Offre> Results { get; private set; } = [];

    public int Total { get; private set; }

    public bool HasNext => PageNumber < MaxPage && PageNumber * PageSize < Total;

    public async Task OnGetAsync(CancellationToken ct)
    {
        PageNumber = Math.Clamp(PageNumber, 1, MaxPage);
        var departement = Departement?.Trim().ToUpperInvariant();
        if (departement is { Length: > 0 } && referenceData.Geographie.DepartementByCode(departement) is null)
        {
            Errors["departement"] = $"Le département « {Departement} » n'existe pas : saisissez son numéro, par exemple 69 ou 2A, ou laissez le champ vide.";
            return;
        }

        var keywords = Keywords(Q);
        var query = new Dictionary<string, StringValues>
        {
            ["range"] = string.Create(CultureInfo.InvariantCulture, $"{(PageNumber - 1) * PageSize}-{PageNumber * PageSize - 1}"),
            // By relevance when there are words to match, the most recent first otherwise.
            ["sort"] = keywords.Length > 0 ? "0" : "1",
        };
        if (keywords.Length > 0)
            query["motsCles"] = keywords;
        if (departement is { Length: > 0 })
            query["departement"] = departement;
        // The parser is internal to the API feature: looked up here rather than named in this public constructor.
        var parser = HttpContext.RequestServices.GetRequiredService<SearchParametersParser>();
        var parsed = parser.Parse(new QueryCollection(query));
        if (parsed.Error is { } error)
        {
            Errors["q"] = error;
            return;
        }

        var result = index.Engine.Search(parsed.Query!, time.GetUtcNow().UtcDateTime);
        Total = result.Total;
        if (result.Ids.Count == 0)
            return;
        var documents = await store.GetJsonUtf8ManyAsync(result.Ids, ct);
        // The index may be a moment ahead of the store (an offer just deleted): skip what is gone.
        Results = [.. result.Ids.Where(documents.ContainsKey).Select(id => JsonSerializer.Deserialize(documents[id], OffreJson.OffreInfo)!)];
    }

    /// <summary>A page of the same search.</summary>
    public string PageLink(int page)
    {
        var parameters = new List<KeyValuePair<string, string?>>();
        if (Q is { Length: > 0 })
            parameters.Add(new("q", Q));
        if (Departement is { Length: > 0 })
            parameters.Add(new("departement", Departement));
        parameters.Add(new("p", page.ToString(CultureInfo.InvariantCulture)));
        return "/offres" + QueryString.Create(parameters).Value;
    }

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
