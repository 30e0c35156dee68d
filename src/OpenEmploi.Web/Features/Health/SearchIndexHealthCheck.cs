using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenEmploi.Web.Features.Search;

namespace OpenEmploi.Web.Features.Health;

internal sealed class SearchIndexHealthCheck(SearchIndexHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(holder.IsReady
            ? HealthCheckResult.Healthy($"{holder.Engine.Current.Count} offres indexées")
            : HealthCheckResult.Unhealthy("index de recherche en construction"));
}
