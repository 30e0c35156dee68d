using Microsoft.AspNetCore.Authentication;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.Auth;

internal static class AuthFeature
{
    /// <summary>The authorization policy of the offers API: both its scopes, and an active application.</summary>
    public const string OffresApiPolicy = "OffresApi";

    /// <summary>The employer postings API: its scope, and an active application.</summary>
    public const string DepotOffresPolicy = "DepotOffres";

    /// <summary>The sync feed: its scope, and an active application.</summary>
    public const string SyncPolicy = "Sync";

    /// <summary>The operator's moderation API: the admin scope, and an active application.</summary>
    public const string ModerationPolicy = "Moderation";

    /// <summary>The operator's compliance API: its admin scope, and an active application.</summary>
    public const string CompliancePolicy = "Compliance";

    /// <summary>The company finder's API ("La Bonne Boîte" v2): its scope, and an active application.</summary>
    public const string LaBonneBoitePolicy = "LaBonneBoite";

    /// <summary>The labour-market statistics API: both its scopes, and an active application.</summary>
    public const string StatisticsApiPolicy = "StatisticsApi";

    public static IServiceCollection AddApiAuth(this IServiceCollection services)
    {
        services.AddSingleton(provider => ApplicationStoreFactory.Open(
            provider.GetRequiredService<StoreLocation>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TokenSigningKey>();
        services.AddSingleton<AccessTokenCodec>();
        services.AddSingleton<ApplicationDirectory>();
        services.AddSingleton<IssueAccessToken>();
        // No default scheme: API policies name theirs, and the portal's pages never read bearer tokens.
        services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder()
            .AddPolicy(OffresApiPolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireClaim(ApiClaims.Scope, ApiScopes.OffresV2)
                .RequireClaim(ApiClaims.Scope, ApiScopes.O2dsOffre)
                .RequireClaim(ApiClaims.Status, ApiClaims.Active))
            .AddPolicy(StatisticsApiPolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireClaim(ApiClaims.Scope, ApiScopes.StatsOffresDemandes)
                .RequireClaim(ApiClaims.Scope, ApiScopes.OffresEtDemandesEmploi)
                .RequireClaim(ApiClaims.Status, ApiClaims.Active))
            .AddPolicy(DepotOffresPolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireClaim(ApiClaims.Scope, ApiScopes.DepotOffres)
                .RequireClaim(ApiClaims.Status, ApiClaims.Active))
            .AddPolicy(SyncPolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireClaim(ApiClaims.Scope, ApiScopes.Sync)
                .RequireClaim(ApiClaims.Status, ApiClaims.Active))
            .AddPolicy(ModerationPolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireClaim(ApiClaims.Scope, ApiScopes.AdminModeration)
                .RequireClaim(ApiClaims.Status, ApiClaims.Active))
            .AddPolicy(CompliancePolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireClaim(ApiClaims.Scope, ApiScopes.AdminConformite)
                .RequireClaim(ApiClaims.Status, ApiClaims.Active))
            .AddPolicy(LaBonneBoitePolicy, policy => policy
                .AddAuthenticationSchemes(BearerTokenHandler.SchemeName)
                .RequireClaim(ApiClaims.Scope, ApiScopes.LaBonneBoite)
                .RequireClaim(ApiClaims.Status, ApiClaims.Active));
        return services;
    }

    /// <summary>Reads (or, on the very first start of a base, creates) the key every node signs tokens with.</summary>
    public static async Task LoadTokenSigningKeyAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IApplicationStore>();
        app.Services.GetRequiredService<TokenSigningKey>().Set(await store.GetOrCreateSigningKeyAsync(app.Lifetime.ApplicationStopping));
    }
}
