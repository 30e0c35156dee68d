namespace OpenEmploi.Web.Features.ComplianceDashboard;

/// <summary>The operator's compliance dashboard (/operateur/conformite): sync lag, consultation reports, idle applications.</summary>
internal static class ComplianceDashboardFeature
{
    public static IServiceCollection AddComplianceDashboard(this IServiceCollection services) =>
        services.AddSingleton<ComplianceOverviewReader>();
}
