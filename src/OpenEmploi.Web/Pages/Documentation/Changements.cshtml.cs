using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenEmploi.Web.Features.Documentation;

namespace OpenEmploi.Web.Pages.Documentation;

/// <summary>The changelog, read from CHANGELOG.md beside the binaries (the repository's file, copied by the build).</summary>
public sealed class ChangementsModel(ChangelogFile changelog) : PageModel
{
    public Changelog Changelog { get; private set; } = null!;

    public void OnGet() => Changelog = changelog.Read();
}
