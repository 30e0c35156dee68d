using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.ServicesCatalogue;

/// <summary>The services catalogue: reusers propose services built on the data, the operator moderates, visitors search the approved ones.</summary>
internal static class ServicesCatalogueFeature
{
    public static IServiceCollection AddServicesCatalogue(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().Services);
        services.AddSingleton<SubmitService>();
        services.AddSingleton<ModerateService>();
        services.AddSingleton<ServiceSearch>();
        return services;
    }
}
