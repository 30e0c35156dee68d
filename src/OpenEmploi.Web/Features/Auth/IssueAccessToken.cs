using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>
/// The client-credentials grant: checks the application, its secret and the requested scopes,
/// then issues a token for the scopes asked (all granted scopes when none is asked). A rotated
/// secret is accepted until its overlap window closes (on the developer platform's clock); a
/// revoked application's credentials are no longer credentials; a terminated licence is said so.
/// </summary>
internal sealed class IssueAccessToken(
    IApplicationStore store, AccessTokenCodec codec, [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public async Task<IResult> HandleAsync(TokenRequest request, CancellationToken ct)
    {
        if (request.GrantType is null)
            return Error("invalid_request", "Missing parameter: grant_type");
        if (request.GrantType != "client_credentials")
            return Error("unsupported_grant_type", "Grant type is not supported: " + request.GrantType);
        if (request.ClientId is null)
            return Error("invalid_request", "Missing parameter: client_id");
        if (request.ClientSecret is null)
            return Error("invalid_request", "Missing parameter: client_secret");

        var application = await store.GetAsync(request.ClientId, ct);
        if (application is null || !application.AcceptsSecret(request.ClientSecret, clock.GetUtcNow()))
            return Error("invalid_client", "Client authentication failed");
        // A licence that ended (refused version, expired notice, 12 months idle) is said so to the
        // holder of the right secret; a revocation by the owner leaves no credentials at all.
        if (application.IsTerminated)
            return Error("unauthorized_client", "Licence résiliée : l'application n'a plus accès aux API.");
        if (application.IsRevoked)
            return Error("invalid_client", "Client authentication failed");
        if (application.Status != ApplicationStatus.Active)
            return Error("unauthorized_client", "Application suspendue : l'accès aux API est interrompu.");

        var granted = new List<string>();
        var invalid = new List<string>();
        foreach (var scope in request.Scopes ?? application.Scopes)
        {
            // Older clients add "application_<client id>": accepted and ignored.
            if (scope == "application_" + application.ClientId)
                continue;
            if (application.Scopes.Contains(scope))
            {
                if (!granted.Contains(scope))
                    granted.Add(scope);
            }
            else
            {
                invalid.Add(scope);
            }
        }
        if (invalid.Count > 0)
            return Error("invalid_scope", "Unknown/invalid scope(s): [" + string.Join(", ", invalid) + "]");

        var token = codec.Issue(application.ClientId, granted);
        return new NoStoreJsonResult<TokenResponse>(
            StatusCodes.Status200OK,
            new TokenResponse(string.Join(' ', granted), AccessTokenCodec.LifetimeSeconds, "Bearer", token),
            OAuthJson.Default.TokenResponse);
    }

    public static IResult Error(string error, string description) =>
        new NoStoreJsonResult<OAuthError>(StatusCodes.Status400BadRequest, new OAuthError(error, description), OAuthJson.Default.OAuthError);
}
