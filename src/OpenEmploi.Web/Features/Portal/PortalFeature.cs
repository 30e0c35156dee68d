using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using OpenEmploi.Web.Features.PortalSearch;

namespace OpenEmploi.Web.Features.Portal;

internal static class PortalFeature
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddRazorPages();
        // French pages: write "é" as "é", not as "&#xE9;" (Razor's default encodes all non-ASCII).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddMemoryCache();
        services.AddSingleton<PlatformFigures>();
        services.AddPortalSearch();
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapPortalSearch();
        return endpoints;
    }
}
