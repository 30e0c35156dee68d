using System.Diagnostics;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Quotas;

namespace OpenEmploi.Web.Features.AccessLog;

/// <summary>
/// Every API call by an identified application (time, endpoint, status, duration) is kept: the
/// licence's compliance features (idle applications, consultation reports) read it.
/// </summary>
internal static class AccessLogFeature
{
    public static IServiceCollection AddAccessLog(this IServiceCollection services)
    {
        services.AddSingleton<AccessLogQueue>();
        services.AddHostedService<AccessLogWriter>();
        return services;
    }

    /// <summary>
    /// After authentication, so that the caller is known; calls without a valid token belong to nobody.
    /// Calls are timed on the developer platform's clock, the one the licence's deadlines read: idle
    /// termination, usage and audit compare call times with that clock, so both must be the same.
    /// </summary>
    public static IApplicationBuilder UseAccessLog(this IApplicationBuilder app)
    {
        var queue = app.ApplicationServices.GetRequiredService<AccessLogQueue>();
        var time = app.ApplicationServices.GetRequiredKeyedService<TimeProvider>(DeveloperPlatformFeature.ClockKey);
        return app.Use(async (context, next) =>
        {
            if (!QuotasFeature.IsApiPath(context.Request.Path))
            {
                await next(context);
                return;
            }
            var at = time.GetUtcNow();
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                if (ApiClaims.ClientIdOf(context.User) is { } clientId)
                {
                    queue.Enqueue(new AccessLogEntry(
                        clientId, at, context.Request.Method, context.Request.Path.Value ?? "",
                        context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
                }
            }
        });
    }
}
