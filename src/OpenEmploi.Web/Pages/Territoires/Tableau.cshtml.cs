using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Statistics.Dashboard;

namespace OpenEmploi.Web.Pages.Territoires;

/// <summary>A territory's "Data emploi" dashboard: /territoires/{type}/{code}, e.g. /territoires/dep/69.</summary>
public sealed class TableauModel(TerritoryDashboardBuilder builder, StatisticsMaps maps, DashboardDatasets datasets) : PageModel
{
    public TerritoryDashboard Dashboard { get; private set; } = null!;

    public StatisticsMaps Maps => maps;

    /// <summary>The open-data dataset and CSV file behind each figure.</summary>
    public DashboardDatasets Datasets => datasets;

    public string? Region { get; private set; }

    public async Task<IActionResult> OnGetAsync(string type, string code, CancellationToken ct)
    {
        if (builder.Find(type, code) is not { } territory)
            return NotFound();
        Dashboard = await builder.BuildAsync(territory, ct);
        Region = builder.RegionOf(territory);
        return Page();
    }
}
