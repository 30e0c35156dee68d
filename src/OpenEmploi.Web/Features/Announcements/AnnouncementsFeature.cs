using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Announcements;

/// <summary>
/// API changes announced two months ahead (licence, article 3.2): the operator publishes, every
/// affected active application's owner is told, everybody reads them on /developpeurs/annonces.
/// </summary>
internal static class AnnouncementsFeature
{
    public const string PublicPath = "/developpeurs/annonces";

    public static string PublicPage(string id) => $"{PublicPath}#annonce-{id}";

    public static IServiceCollection AddAnnouncements(this IServiceCollection services)
    {
        services.AddSingleton(provider => provider.GetRequiredService<DeveloperStore>().Announcements);
        services.AddSingleton(provider => new AnnouncementPublishing(
            provider.GetRequiredService<OpenEmploi.Storage.Announcements.IAnnouncementStore>(),
            provider.GetRequiredService<ILicenceStore>(),
            provider.GetRequiredKeyedService<TimeProvider>(DeveloperPlatformFeature.ClockKey)));
        return services;
    }
}
