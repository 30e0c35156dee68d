namespace OpenEmploi.Web.Features.Auth;

internal static class OAuthEndpoints
{
    /// <summary>The realm of partner applications, which France Travail's clients put in the query string.</summary>
    public const string PartnerRealm = "/partenaire";

    public static IEndpointRouteBuilder MapOAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("").WithTags("Authentification");
        group.MapPost("/connexion/oauth2/access_token", RequestTokenAsync)
            .WithName("DemanderJeton")
            .WithSummary("Jeton d'accès OAuth2 (client credentials), realm=/partenaire dans la chaîne de requête.")
            .DescribeTokenEndpoint();
        group.MapPost("/oauth2/token", RequestTokenAsync)
            .WithName("DemanderJetonOAuth2")
            .WithSummary("Même service que /connexion/oauth2/access_token, sans realm.")
            .DescribeTokenEndpoint();
        return endpoints;
    }

    // The form is described for the OpenAPI document only: declaring it with Accepts<T> would
    // make routing answer 415 to other bodies, where OAuth2 wants an invalid_request error.
    private static RouteHandlerBuilder DescribeTokenEndpoint(this RouteHandlerBuilder builder) => builder
        .Produces<TokenResponse>(StatusCodes.Status200OK)
        .Produces<OAuthError>(StatusCodes.Status400BadRequest)
        .AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = TokenFormDocs.RequestBody;
            return Task.CompletedTask;
        });

    private static async Task<IResult> RequestTokenAsync(HttpRequest request, IssueAccessToken issue, CancellationToken ct)
    {
        // The realm may arrive once or twice URL-encoded (%2Fpartenaire, %252Fpartenaire).
        var realm = request.Query["realm"].ToString();
        if (realm.Length > 0 && Uri.UnescapeDataString(Uri.UnescapeDataString(realm)) != PartnerRealm)
            return IssueAccessToken.Error("invalid_request", "Unknown realm: " + realm);
        var tokenRequest = await TokenRequest.ReadAsync(request, ct);
        if (tokenRequest is null)
            return IssueAccessToken.Error("invalid_request", "Content-Type application/x-www-form-urlencoded expected");
        return await issue.HandleAsync(tokenRequest, ct);
    }
}
