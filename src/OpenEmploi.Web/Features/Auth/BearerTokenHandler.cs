using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>
/// Authenticates `Authorization: Bearer` calls with the platform's own tokens. As the offers API
/// does: a missing, invalid or expired token is a 401 with `WWW-Authenticate: Bearer` and an empty
/// body; a valid token without the right scopes, or a suspended application, is an empty 403.
/// </summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccessTokenCodec codec,
    ApplicationDirectory directory)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "OpenEmploiBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0)
            return AuthenticateResult.NoResult();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || !codec.TryRead(header[7..].Trim(), out var token))
            return AuthenticateResult.Fail("Jeton d'accès absent, invalide ou expiré.");

        var application = await directory.FindAsync(token.ClientId, Context.RequestAborted);
        if (application is null)
            return AuthenticateResult.Fail("Application inconnue.");

        var claims = new List<Claim>(token.Scopes.Count + 4)
        {
            new(ApiClaims.ClientId, application.ClientId),
            new(ApiClaims.Status, StatusOf(application)),
            new(ApiClaims.QuotaPerSecond, application.QuotaPerSecond.ToString(CultureInfo.InvariantCulture)),
            new(ApiClaims.QuotaBurst, application.QuotaBurst.ToString(CultureInfo.InvariantCulture)),
        };
        // A scope withdrawn from the application since the token was issued no longer counts.
        foreach (var scope in token.Scopes)
        {
            if (application.Scopes.Contains(scope))
                claims.Add(new Claim(ApiClaims.Scope, scope));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, ApiClaims.ClientId, null));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    // A revoked application's tokens still carry a valid signature: its status refuses them (403).
    private static string StatusOf(ApiApplication application) =>
        application.IsRevoked ? "revoked" : application.Status == ApplicationStatus.Active ? ApiClaims.Active : "suspended";

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        DisableStatusCodePage();
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        DisableStatusCodePage();
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    // The wire contract wants these bodies empty; the portal's status pages would fill them.
    private void DisableStatusCodePage()
    {
        if (Context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            pages.Enabled = false;
    }
}
