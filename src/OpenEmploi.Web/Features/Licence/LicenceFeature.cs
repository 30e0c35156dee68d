using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>
/// The reuse licence run as processes: versions with tacit acceptance (art. 2), suspension, notices
/// and termination (art. 9) with their daily job, the per-application audit export (art. 13).
/// </summary>
internal static class LicenceFeature
{
    public static IServiceCollection AddLicenceProcesses(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(LicenceJobOptions.Section).Get<LicenceJobOptions>() ?? new LicenceJobOptions());
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().Enforcement);
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().ScheduledJobs);
        services.AddSingleton(provider => new LicencePublishing(
            provider.GetRequiredService<ILicenceStore>(), provider.GetRequiredKeyedService<TimeProvider>(DeveloperPlatformFeature.ClockKey)));
        services.AddSingleton(provider =>
        {
            var directory = provider.GetRequiredService<ApplicationDirectory>();
            return new LicenceEnforcement(
                provider.GetRequiredService<IEnforcementStore>(),
                provider.GetRequiredService<IApplicationStore>(),
                provider.GetRequiredService<IAccessRequestStore>(),
                provider.GetRequiredService<IAccountStore>(),
                provider.GetRequiredKeyedService<TimeProvider>(DeveloperPlatformFeature.ClockKey),
                directory.Forget); // this node applies the change now; the others within their cache delay
        });
        services.AddSingleton<LicenceDecisions>();
        services.AddSingleton<LicenceOverview>();
        services.AddSingleton<AuditExport>();
        services.AddSingleton<LicenceDailyJob>();
        services.AddHostedService(provider => provider.GetRequiredService<LicenceDailyJob>());
        return services;
    }
}
