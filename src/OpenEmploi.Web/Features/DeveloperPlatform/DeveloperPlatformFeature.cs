using OpenEmploi.Storage;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.DeveloperPlatform;

/// <summary>
/// What the developer platform's features share: its store (accounts, access requests, credentials,
/// licences, outbox, the web nodes' key ring) and its clock.
/// </summary>
internal static class DeveloperPlatformFeature
{
    /// <summary>
    /// The clock of the licence's deadlines (5-day review, link lifetimes, lockout, secret overlap,
    /// retries), a keyed service: the host's clock unless a test moves it forward without slowing
    /// the rest of the host.
    /// </summary>
    public const string ClockKey = "developers";

    public static IServiceCollection AddDeveloperPlatformStore(this IServiceCollection services)
    {
        services.AddKeyedSingleton(ClockKey, (provider, _) => provider.GetRequiredService<TimeProvider>());
        services.AddSingleton(provider => DeveloperStore.Open(
            provider.GetRequiredService<StoreLocation>(), provider.GetRequiredKeyedService<TimeProvider>(ClockKey)));
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().Accounts);
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().AccessRequests);
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().Credentials);
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().Licences);
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().Outbox);
        return services;
    }
}
