namespace OpenEmploi.Web.Features.Usage;

/// <summary>The usage shown to owners on "my applications": calls per day, quota, sync lag, report status.</summary>
internal static class UsageFeature
{
    public static IServiceCollection AddUsage(this IServiceCollection services) => services.AddSingleton<UsageReader>();
}
