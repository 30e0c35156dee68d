using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Catalogue;

namespace OpenEmploi.Web.Pages.Donnees;

/// <summary>One dataset: what it is, its source, licence, dates and coverage, and its files with their download links.</summary>
public sealed class JeuDeDonneesModel(DataCatalogue catalogue) : PageModel
{
    public CatalogueDataset Dataset { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (catalogue.Find(slug) is not { } dataset)
            return NotFound();
        Dataset = dataset;
        return Page();
    }
}
