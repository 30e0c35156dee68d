using OpenEmploi.Web.Features.AccessLog;
using OpenEmploi.Web.Features.AccessRequests;
using OpenEmploi.Web.Features.Accounts;
using OpenEmploi.Web.Features.Announcements;
using OpenEmploi.Web.Features.ApplyRedirect;
using OpenEmploi.Web.Features.Attribution;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.Catalogue;
using OpenEmploi.Web.Features.CompanyFinder;
using OpenEmploi.Web.Features.ComplianceDashboard;
using OpenEmploi.Web.Features.ConsultationReports;
using OpenEmploi.Web.Features.DemoData;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.DepotOffres;
using OpenEmploi.Web.Features.Documentation;
using OpenEmploi.Web.Features.Health;
using OpenEmploi.Web.Features.Ingestion;
using OpenEmploi.Web.Features.LaBonneBoiteApi;
using OpenEmploi.Web.Features.Licence;
using OpenEmploi.Web.Features.Moderation;
using OpenEmploi.Web.Features.Notifications;
using OpenEmploi.Web.Features.OffresApi;
using OpenEmploi.Web.Features.OpenApi;
using OpenEmploi.Web.Features.OpenData;
using OpenEmploi.Web.Features.Portal;
using OpenEmploi.Web.Features.Quotas;
using OpenEmploi.Web.Features.Referentiels;
using OpenEmploi.Web.Features.Search;
using OpenEmploi.Web.Features.SecurityHeaders;
using OpenEmploi.Web.Features.ServicesCatalogue;
using OpenEmploi.Web.Features.Statistics;
using OpenEmploi.Web.Features.Storage;
using OpenEmploi.Web.Features.Sync;
using OpenEmploi.Web.Features.StatisticsJob;
using OpenEmploi.Web.Features.SyncCompliance;
using OpenEmploi.Web.Features.Usage;

namespace OpenEmploi.Web.Hosting;

/// <summary>
/// Builds the whole platform in one process: reference data, store, demo data, portal, APIs.
/// Used by this project's Program and by `openemploi serve`.
/// </summary>
public static class OpenEmploiHost
{
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // Razor pages are found in the application's assembly: name it, since the entry
            // assembly may be `openemploi` or a test host rather than this project.
            ApplicationName = typeof(OpenEmploiHost).Assembly.GetName().Name,
            // appsettings.json and wwwroot ship beside the binaries, wherever the process was
            // started from; relative store paths (./data/openemploi.db) stay relative to the
            // current directory.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddReferenceData();
        builder.Services.AddOffreStore(builder.Configuration);
        builder.Services.AddDemoData(builder.Configuration);
        builder.Services.AddSearch(builder.Configuration);
        builder.Services.AddApiAuth();
        builder.Services.AddDeveloperPlatformStore();
        builder.Services.AddAccounts(builder.Configuration);
        builder.Services.AddAccessRequests(builder.Configuration);
        builder.Services.AddNotifications(builder.Configuration, builder.Environment);
        builder.Services.AddLicenceProcesses(builder.Configuration);
        builder.Services.AddAnnouncements();
        builder.Services.AddUsage();
        builder.Services.AddQuotas(builder.Configuration);
        builder.Services.AddAttribution();
        builder.Services.AddAccessLog();
        builder.Services.AddOffresApi();
        builder.Services.AddCompanyFinder();
        builder.Services.AddLaBonneBoiteApi();
        builder.Services.AddStatisticsApi(builder.Configuration);
        builder.Services.AddSync(builder.Configuration);
        builder.Services.AddSyncCompliance();
        builder.Services.AddConsultationReports(builder.Configuration);
        builder.Services.AddStatisticsJob(builder.Configuration);
        builder.Services.AddComplianceDashboard();
        builder.Services.AddIngestion(builder.Configuration);
        builder.Services.AddDepotOffres(builder.Configuration);
        builder.Services.AddModeration();
        builder.Services.AddOpenData(builder.Configuration);
        builder.Services.AddCatalogue();
        builder.Services.AddServicesCatalogue();
        builder.Services.AddDocumentation();
        builder.Services.AddHealth();
        builder.Services.AddPortal();
        builder.Services.AddOpenApiDocument();
        builder.Services.AddProblemDetails();
        builder.Services.AddSecurityHeaders();
        configure?.Invoke(builder);

        var app = builder.Build();
        await app.PrepareStoreAsync();
        await app.LoadTokenSigningKeyAsync();
        await app.SeedDemoDataAsync();
        await app.SeedDemoStatisticsAsync();
        await app.EnsureDemoApplicationAsync();
        await app.BuildSearchIndexAsync();
        await app.Services.GetRequiredService<DataFreshness>().RefreshAsync(app.Lifetime.ApplicationStopping);

        app.UseSecurityHeaders(app.Environment.IsDevelopment());
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseApiExplorerPage();
        app.UseAttributionHeaders();
        app.UseAccessLog();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapOpenApiDocument();
        app.MapHealthEndpoints();
        app.MapOAuthEndpoints();
        app.MapOffresApi();
        app.MapLaBonneBoiteApi();
        app.MapCompanyFinderPortal();
        app.MapStatisticsApi();
        app.MapSyncEndpoints();
        app.MapDepotOffres();
        app.MapModeration();
        app.MapSyncCompliance();
        app.MapConsultationReports();
        app.MapApplyRedirect();
        app.MapOpenDataEndpoints();
        app.MapCatalogue();
        app.MapPortal();
        app.LogUrlsOnceStarted();
        return app;
    }
}
