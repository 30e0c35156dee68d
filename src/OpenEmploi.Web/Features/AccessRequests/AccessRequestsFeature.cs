namespace OpenEmploi.Web.Features.AccessRequests;

/// <summary>Access requests, their review by the operator, and the credentials of approved applications.</summary>
internal static class AccessRequestsFeature
{
    public static IServiceCollection AddAccessRequests(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection(AccessRequestOptions.Section).Get<AccessRequestOptions>() ?? new AccessRequestOptions());
        services.AddSingleton<SubmitAccessRequest>();
        services.AddSingleton<ReviewAccessRequest>();
        services.AddSingleton<ApplicationCredentials>();
        return services;
    }
}
