using System.Text;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>The fields of a client-credentials token request, from the form or HTTP Basic.</summary>
internal sealed record TokenRequest(string? GrantType, string? ClientId, string? ClientSecret, IReadOnlyList<string>? Scopes)
{
    public static async Task<TokenRequest?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return null;
        var form = await request.ReadFormAsync(ct);
        string? clientId = NonEmpty(form["client_id"]);
        string? secret = NonEmpty(form["client_secret"]);
        // RFC 6749 §2.3.1: clients may authenticate with HTTP Basic instead of form fields.
        if (clientId is null && TryReadBasic(request, out var basicId, out var basicSecret))
            (clientId, secret) = (basicId, basicSecret);
        var scope = form["scope"].ToString();
        var scopes = scope.Length == 0 ? null : scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new TokenRequest(NonEmpty(form["grant_type"]), clientId, secret, scopes);
    }

    private static string? NonEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.ToString().Trim();

    private static bool TryReadBasic(HttpRequest request, out string? clientId, out string? secret)
    {
        clientId = secret = null;
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return false;
        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                return false;
            clientId = Uri.UnescapeDataString(decoded[..colon]);
            secret = Uri.UnescapeDataString(decoded[(colon + 1)..]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
