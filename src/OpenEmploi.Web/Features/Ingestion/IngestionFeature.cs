using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>
/// The ingestion side of the web host: the inbox the APIs write to, and the worker that drains it
/// through the pipeline and runs the scheduled pulls and the expiry (docs/ingestion.md).
/// </summary>
internal static class IngestionFeature
{
    /// <summary>
    /// The worker's clock, a keyed service: the host's clock unless a test replaces it (a fake clock
    /// moves schedules and expiry without slowing the search follower, which runs on the host's).
    /// </summary>
    public const string ClockKey = "ingestion";

    public static IServiceCollection AddIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(IngestionWorkerOptions.Section).Get<IngestionWorkerOptions>() ?? new IngestionWorkerOptions();
        services.AddSingleton(options);
        services.AddKeyedSingleton(ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddSingleton(provider => IngestionStoreFactory.Open(
            provider.GetRequiredService<StoreLocation>(), provider.GetRequiredKeyedService<TimeProvider>(ClockKey)));
        services.AddSingleton(provider => IngestionInboxFactory.Open(provider.GetRequiredService<StoreLocation>()));
        services.AddSingleton(new IngestionOptions
        {
            NotSeenExpiry = TimeSpan.FromDays(options.NotSeenExpiryDays),
            FraudHoldThreshold = options.FraudHoldThreshold,
        });
        services.AddSingleton<IngestionSignal>();
        services.AddSingleton<ResidentEngine>();
        services.AddSingleton<InboxDrain>();
        services.AddSingleton<ScheduledWork>();
        services.AddSingleton<WorkerLease>();
        services.AddSingleton<IngestionWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<IngestionWorker>());
        return services;
    }
}
