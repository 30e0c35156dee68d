using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Health;

internal sealed class StoreHealthCheck(IOffreStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await store.GetPendingMigrationsAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"schéma {await store.GetSchemaVersionAsync(cancellationToken)}")
                : HealthCheckResult.Unhealthy($"migrations en attente : {string.Join(", ", pending)}");
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("base des offres injoignable", error);
        }
    }
}
