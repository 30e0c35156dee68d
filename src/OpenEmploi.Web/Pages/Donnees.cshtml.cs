using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Catalogue;

namespace OpenEmploi.Web.Pages;

/// <summary>The open-data catalogue: words, tag, format and licence in the address (a search can be shared), ten datasets a page.</summary>
public sealed class DonneesModel(DataCatalogue catalogue) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true, Name = "tag")]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    [BindProperty(SupportsGet = true, Name = "licence")]
    public string? Licence { get; set; }

    /// <summary>1-based page ("page" is taken by Razor Pages' routing: bound to it, every page showed the first).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CatalogueResults Results { get; private set; } = null!;

    /// <summary>Every value of each filter over the whole catalogue, so a filter offers what exists, not only what matches.</summary>
    public CatalogueResults Everything { get; private set; } = null!;

    public bool Filtered => !string.IsNullOrWhiteSpace(Words) || !string.IsNullOrEmpty(Tag) || !string.IsNullOrEmpty(Format) || !string.IsNullOrEmpty(Licence);

    public void OnGet()
    {
        Results = catalogue.Search(new CatalogueQuery(Words, Tag, Format, Licence, PageNumber));
        Everything = catalogue.Search(new CatalogueQuery(null, null, null, null, 1, CatalogueQuery.MaxPageSize));
    }

    /// <summary>This search's address at another page.</summary>
    public string PageLink(int page) => CatalogueLinks.Catalogue + QueryString.Create(
        new Dictionary<string, string?> { ["q"] = Words, ["tag"] = Tag, ["format"] = Format, ["licence"] = Licence, ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value)));
}
