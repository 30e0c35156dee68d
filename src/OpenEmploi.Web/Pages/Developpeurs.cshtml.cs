using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenEmploi.Web.Pages;

/// <summary>
/// The guide's examples name the host the visitor reached, so that they can be pasted and run as
/// they are against this server, whatever name it is known by.
/// </summary>
public sealed class DeveloppeursModel : PageModel
{
    /// <summary>Scheme and host of the current request, without a trailing slash.</summary>
    public string Root { get; private set; } = "";

    public void OnGet() => Root = string.Concat(Request.Scheme, "://", Request.Host.Value);
}
