namespace OpenEmploi.Web.Features.OpenApi;

internal static class OpenApiFeature
{
    public const string DocumentName = "v1";

    /// <summary>
    /// The OpenAPI document is generated from the endpoints and committed as
    /// docs/openapi/v1.json; a test fails when they drift apart. It names no server: clients use
    /// whatever host they reached, as the wire contract requires.
    /// </summary>
    public static IServiceCollection AddOpenApiDocument(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "OpenEmploi";
            document.Info.Version = "v1";
            document.Info.Description = "Plateforme ouverte des offres d'emploi. Chaque API publiée par la plateforme est décrite ici.";
            document.Servers?.Clear();
            OAuthSecurityScheme.Apply(document);
            return Task.CompletedTask;
        }));

    public static IEndpointRouteBuilder MapOpenApiDocument(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        return endpoints;
    }

    /// <summary>Swagger UI at /docs, reading the generated document; its assets come from the package, none is committed.</summary>
    public static IApplicationBuilder UseApiExplorerPage(this IApplicationBuilder app) =>
        app.UseSwaggerUI(options =>
        {
            options.RoutePrefix = "docs";
            options.DocumentTitle = "OpenEmploi — documentation des API";
            options.SwaggerEndpoint($"/openapi/{DocumentName}.json", "OpenEmploi v1");
        });
}
