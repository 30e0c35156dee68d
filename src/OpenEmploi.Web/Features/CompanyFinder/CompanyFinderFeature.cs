using OpenEmploi.Storage;
using OpenEmploi.Storage.CompanyFinder;

namespace OpenEmploi.Web.Features.CompanyFinder;

/// <summary>The company finder ("La Bonne Boîte", docs/company-finder.md): its store and in-memory index.</summary>
internal static class CompanyFinderFeature
{
    public static IServiceCollection AddCompanyFinder(this IServiceCollection services)
    {
        services.AddSingleton(provider => CompanyFinderStoreFactory.Open(
            provider.GetRequiredService<StoreLocation>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<CompanyDirectory>();
        return services;
    }
}
