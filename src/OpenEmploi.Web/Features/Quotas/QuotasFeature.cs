using System.Threading.RateLimiting;

namespace OpenEmploi.Web.Features.Quotas;

internal static class QuotasFeature
{
    public static IServiceCollection AddQuotas(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ClientQuotas>();
        services.AddSingleton<ClientQuotaFilter>();
        var options = configuration.GetSection(NodeLimitOptions.Section).Get<NodeLimitOptions>() ?? new NodeLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            // Whatever the applications' quotas add up to, the node serves at most this many API
            // calls at once and queues a few more; beyond that it answers 503 at once rather than
            // letting latency grow for everybody.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsApiPath(context.Request.Path)
                    ? RateLimitPartition.GetConcurrencyLimiter("api", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.MaxConcurrentCalls,
                        QueueLimit = options.QueuedCalls,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    })
                    : RateLimitPartition.GetNoLimiter("portal"));
            limiter.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            limiter.OnRejected = (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                return new ValueTask(context.HttpContext.Response.WriteAsync("Serveur saturé : réessayez dans une seconde.", ct));
            };
        });
        return services;
    }

    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/partenaire", StringComparison.Ordinal);

    /// <summary>The calling application's quota, for an API route group.</summary>
    public static RouteGroupBuilder WithClientQuota(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<ClientQuotaFilter>();
}

/// <summary>The node's own protection, whatever the applications' quotas.</summary>
internal sealed class NodeLimitOptions
{
    public const string Section = "OpenEmploi:Api:NodeLimit";

    public int MaxConcurrentCalls { get; set; } = 256;

    public int QueuedCalls { get; set; } = 1024;
}
