using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Catalogue;

namespace OpenEmploi.Web.Pages.Donnees;

/// <summary>The first rows of a CSV or JSON-lines file as a table, read from the file's start only.</summary>
public sealed class ApercuModel(DataCatalogue catalogue) : PageModel
{
    public CatalogueDataset Dataset { get; private set; } = null!;

    public CatalogueResource Resource { get; private set; } = null!;

    public PreviewTable Table { get; private set; } = null!;

    public IActionResult OnGet(string slug, string resource)
    {
        if (catalogue.Find(slug) is not { } dataset || dataset.Resource(resource) is not { HasPreview: true } file)
            return NotFound();
        (Dataset, Resource) = (dataset, file);
        Table = ResourcePreview.Read(file)!;
        return Page();
    }
}
