namespace OpenEmploi.Web.Features.Documentation;

/// <summary>The documentation pages (/documentation): the APIs, the methodology, and the changelog read from CHANGELOG.md.</summary>
internal static class DocumentationFeature
{
    public static IServiceCollection AddDocumentation(this IServiceCollection services) => services.AddSingleton<ChangelogFile>();
}
