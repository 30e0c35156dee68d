using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.StatisticsJob;

/// <summary>The quarterly computation of the labour-market statistics, once per cluster.</summary>
internal static class StatisticsJobFeature
{
    public static IServiceCollection AddStatisticsJob(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(StatisticsJobOptions.Section).Get<StatisticsJobOptions>() ?? new StatisticsJobOptions());
        services.AddSingleton(provider => new QuarterlyStatisticsJob(
            provider.GetRequiredService<StoreLocation>(),
            provider.GetRequiredService<IOffreStore>(),
            provider.GetRequiredService<ReferenceData>(),
            provider.GetRequiredService<DeveloperStore>().ScheduledJobs,
            provider.GetRequiredService<StatisticsJobOptions>(),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<QuarterlyStatisticsJob>>()));
        services.AddHostedService(provider => provider.GetRequiredService<QuarterlyStatisticsJob>());
        return services;
    }
}
