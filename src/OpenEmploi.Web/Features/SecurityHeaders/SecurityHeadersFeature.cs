namespace OpenEmploi.Web.Features.SecurityHeaders;

/// <summary>
/// Security headers on every response of the web host — pages, APIs, static files, errors:
/// a Content-Security-Policy (the portal's pages load only their own stylesheet and scripts, none inline;
/// Swagger UI at /docs runs its bundled scripts and sets inline styles), no MIME sniffing, a
/// referrer cut to the origin across sites, no framing, no powerful browser features, and HSTS
/// on HTTPS outside development.
/// </summary>
internal static class SecurityHeadersFeature
{
    /// <summary>
    /// The portal and the APIs: nothing but the site's own files, no framing; scripts only from the
    /// site's own files (the search form's place suggestions), never inline.
    /// </summary>
    public const string DefaultPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Swagger UI: its own scripts (no inline script, no eval), inline styles (React sets them) and
    /// data: images (its icons); "try it out" calls the same origin.
    /// </summary>
    public const string DocsPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()";

    /// <summary>One year, subdomains included; sent on HTTPS only, and never in development (localhost would remember it).</summary>
    public const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    public const string DocsPrefix = "/docs";

    /// <summary>
    /// Antiforgery writes X-Frame-Options: SAMEORIGIN on the pages with a form; the platform's
    /// answer is DENY everywhere (and frame-ancestors 'none'), so it writes that header itself.
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.Configure<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>(options => options.SuppressXFrameOptionsHeader = true);

    /// <summary>First in the pipeline, so that every response gets the headers, an error page or a 404 as well.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool development) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state =>
            {
                var (context, development) = ((HttpContext, bool))state;
                Apply(context, development);
                return Task.CompletedTask;
            }, (context, development));
            return next(context);
        });

    /// <summary>Sets the headers an endpoint did not set itself.</summary>
    internal static void Apply(HttpContext context, bool development)
    {
        var headers = context.Response.Headers;
        var docs = context.Request.Path.StartsWithSegments(DocsPrefix, StringComparison.OrdinalIgnoreCase);
        headers.TryAdd("Content-Security-Policy", docs ? DocsPolicy : DefaultPolicy);
        headers.TryAdd("X-Content-Type-Options", "nosniff");
        headers.TryAdd("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.TryAdd("X-Frame-Options", "DENY");
        headers.TryAdd("Permissions-Policy", PermissionsPolicy);
        headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
        if (!development && context.Request.IsHttps)
            headers.TryAdd("Strict-Transport-Security", StrictTransportSecurity);
    }
}
