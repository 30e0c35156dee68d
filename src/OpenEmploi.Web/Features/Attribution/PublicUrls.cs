namespace OpenEmploi.Web.Features.Attribution;

/// <summary>
/// Absolute links the platform hands out (licence, apply redirect). An operator behind a reverse
/// proxy sets OpenEmploi:PublicBaseUrl; otherwise links use the host the client reached, so the
/// server works under any host name.
/// </summary>
internal sealed class PublicUrls(IConfiguration configuration)
{
    private readonly string? _configured = configuration["OpenEmploi:PublicBaseUrl"]?.TrimEnd('/') is { Length: > 0 } url ? url : null;

    public string BaseOf(HttpRequest request) =>
        _configured ?? string.Concat(request.Scheme, "://", request.Host.Value);

    public string Licence(HttpRequest request) => BaseOf(request) + "/licence";

    public static string ApplyRedirect(string baseUrl, string offreId, string? clientId) =>
        clientId is null
            ? string.Concat(baseUrl, "/offres/", offreId, "/postuler")
            : string.Concat(baseUrl, "/offres/", offreId, "/postuler?app=", Uri.EscapeDataString(clientId));
}
