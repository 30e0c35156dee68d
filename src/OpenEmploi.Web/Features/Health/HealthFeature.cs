using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OpenEmploi.Web.Features.Health;

internal static class HealthFeature
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [ReadyTag])
            .AddCheck<SearchIndexHealthCheck>("search", tags: [ReadyTag]);
        return services;
    }

    /// <summary>
    /// /health/live: the process answers (for restarts). /health/ready: the store answers, its
    /// schema is current and the search index is built (for a load balancer to send traffic). Minimal APIs rather than the
    /// health-check middleware, so that both appear in the OpenAPI document.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var health = endpoints.MapGroup("/health").WithTags("Santé");
        health.MapGet("/live", () => TypedResults.Text("Healthy"))
            .WithName("Liveness")
            .WithSummary("Le processus répond.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        health.MapGet("/ready", ReadyAsync)
            .WithName("Readiness")
            .WithSummary("La base des offres répond, son schéma est à jour et l’index de recherche est construit.")
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return endpoints;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ReadyAsync(HealthCheckService checks, CancellationToken ct)
    {
        var report = await checks.CheckHealthAsync(check => check.Tags.Contains(ReadyTag), ct);
        if (report.Status == HealthStatus.Healthy)
            return TypedResults.Text("Healthy");
        var details = string.Join("; ", report.Entries.Select(entry => $"{entry.Key} : {entry.Value.Description}"));
        return TypedResults.Problem(details, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Plateforme pas prête");
    }
}
