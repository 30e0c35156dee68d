namespace OpenEmploi.Web.Features.Attribution;

/// <summary>
/// Absolute links the platform hands out (licence, apply redirect). An operator behind a reverse
/// proxy sets OpenEmploi:PublicBaseUrl; otherwise links use the host the client reached, so the
/// server works under any host name.
/// </summary>
internal sealed class PublicUrls(IConfiguration configuration)
{
    private readonly string? _configured = configuration["OpenEmploi:PublicBaseUrl"]?.TrimEnd('/') is { Length: > 0 } url ? url : null;

    /// <summary>The configured base URL, for links made outside a request (e-mails of background jobs); null when not set.</summary>
    public string? Configured => _configured;

    public string BaseOf(HttpRequest request) =>
        _configured ?? string.Concat(request.Scheme, "://", request.Host.Value);

    public string Licence(HttpRequest request) => BaseOf(request) + "/licence";

    /// <summary>The links a published offer carries for one caller: its apply redirect and its portal page.</summary>
    public static OfferLinks LinksOf(string baseUrl, string offreId, string? clientId) =>
        new(ApplyRedirect(baseUrl, offreId, clientId), OfferPage(baseUrl, offreId));

    /// <summary>The portal's page of an offer: the urlOrigine of the platform's own offers (origine "1").</summary>
    public static string OfferPage(string baseUrl, string offreId) => string.Concat(baseUrl, "/offres/", offreId);

    public static string ApplyRedirect(string baseUrl, string offreId, string? clientId) =>
        clientId is null
            ? string.Concat(baseUrl, "/offres/", offreId, "/postuler")
            : string.Concat(baseUrl, "/offres/", offreId, "/postuler?app=", Uri.EscapeDataString(clientId));
}

/// <param name="ApplyUrl">contact.urlPostulation: the apply redirect, counted for the calling application.</param>
/// <param name="PageUrl">The offer's page on the portal, urlOrigine of the platform's own offers.</param>
internal readonly record struct OfferLinks(string ApplyUrl, string PageUrl);
