using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.ServicesCatalogue;

namespace OpenEmploi.Web.Pages.Services;

/// <summary>The services built on the data: approved ones only, by audience, theme and words; the search lives in the address.</summary>
internal sealed class IndexModel(ServiceSearch search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Words { get; set; }

    [BindProperty(SupportsGet = true, Name = "public")]
    public string? Audience { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    public IReadOnlyList<ReuseService> Found { get; private set; } = [];

    public bool Filtered => !string.IsNullOrWhiteSpace(Words) || !string.IsNullOrEmpty(Audience) || !string.IsNullOrEmpty(Theme);

    public async Task OnGetAsync(CancellationToken ct) => Found = await search.FindAsync(Words, Audience, Theme, ct);
}
