using OpenEmploi.Core.Referentiels;

namespace OpenEmploi.Web.Features.Referentiels;

internal static class ReferentielsFeature
{
    // Loaded once, before the first request: a broken data file must stop start-up, not a request.
    public static IServiceCollection AddReferenceData(this IServiceCollection services) =>
        services.AddSingleton(_ => ReferenceData.LoadDefault());
}
