using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Core.Statistics;
using OpenEmploi.Web.Features.Statistics;

namespace OpenEmploi.Web.Pages.Territoires;

/// <summary>
/// "Data emploi": find a territory by name (a plain GET form; the script only adds suggestions)
/// and reach its dashboard. One exact match goes straight to it.
/// </summary>
public sealed class IndexModel(TerritoryDirectory territories) : PageModel
{
    public const int MaxResults = 30;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<StatisticsTerritory> Results { get; private set; } = [];

    public IReadOnlyList<StatisticsTerritory> Regions { get; private set; } = [];

    public StatisticsTerritory France => territories.France;

    public string? Error { get; private set; }

    public IActionResult OnGet()
    {
        Regions = [.. territories.OfLevel(TerritoryLevel.Region).OrderBy(r => r.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))];
        if (Query is null)
            return Page();
        var text = Query.Trim();
        if (text.Length < 2)
        {
            Error = "Saisissez au moins deux lettres du nom d'un territoire.";
            return Page();
        }
        Results = territories.Search(text, MaxResults);
        return Page();
    }
}
