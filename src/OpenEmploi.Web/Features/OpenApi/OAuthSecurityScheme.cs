using Microsoft.OpenApi;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Web.Features.OpenApi;

/// <summary>Declares the client-credentials flow so that the document (and Swagger UI) can obtain tokens.</summary>
internal static class OAuthSecurityScheme
{
    public const string Name = "oauth2";

    public static void Apply(OpenApiDocument document)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[Name] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.OAuth2,
            Description = "Identifiants client (client credentials) d'une application. Le jeton dure 1499 s.",
            Flows = new OpenApiOAuthFlows
            {
                ClientCredentials = new OpenApiOAuthFlow
                {
                    TokenUrl = new Uri("/connexion/oauth2/access_token?realm=/partenaire", UriKind.Relative),
                    Scopes = new Dictionary<string, string>
                    {
                        [ApiScopes.OffresV2] = "API Offres d'emploi v2",
                        [ApiScopes.O2dsOffre] = "Offres d'emploi (requis avec api_offresdemploiv2)",
                        [ApiScopes.Sync] = "Flux de synchronisation des offres",
                        [ApiScopes.DepotOffres] = "Dépôt d'offres par les employeurs et leurs plateformes",
                        [ApiScopes.AdminModeration] = "Modération des offres retenues (opérateur)",
                        [ApiScopes.StatsOffresDemandes] = "API Marché du travail v1 (statistiques par territoire)",
                        [ApiScopes.OffresEtDemandesEmploi] = "Offres et demandes d'emploi (requis avec api_stats-offres-demandes-emploiv1)",
                        [ApiScopes.RapportsConsultation] = "Rapports mensuels de consultation des offres (licence, article 5.4)",
                        [ApiScopes.LaBonneBoite] = "API La Bonne Boîte v2 : entreprises qui recrutent",
                    },
                },
            },
        };
    }
}
