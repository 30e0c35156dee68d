using System.Diagnostics;
using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.DemoData;

internal static class DemoDataFeature
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoDataOptions>(configuration.GetSection(DemoDataOptions.Section));
        services.AddSingleton<OffreSeeder>();
        services.AddSingleton<DemoStatistics>();
        services.AddHostedService(provider => provider.GetRequiredService<DemoStatistics>());
        return services;
    }

    /// <summary>On first run the base is empty: fill it before serving, so the first page shows offers.</summary>
    public static async Task SeedDemoDataAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(DemoDataOptions.Section).Get<DemoDataOptions>() ?? new DemoDataOptions();
        if (!options.Enabled || options.Offers <= 0)
            return;
        var store = app.Services.GetRequiredService<IOffreStore>();
        if (await store.CountOffersAsync(app.Lifetime.ApplicationStopping) > 0)
            return;

        app.Logger.LogInformation("Base vide : génération de {Count} offres de démonstration (graine {Seed})…", options.Offers, options.Seed);
        var watch = Stopwatch.StartNew();
        var seeder = app.Services.GetRequiredService<OffreSeeder>();
        var result = await seeder.SeedAsync(new SeedRequest(options.Offers, options.Seed, Append: false, ContactShare: options.ContactShare), progress: null, app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("{Count} offres de démonstration enregistrées en {Seconds:F1} s.", result.Inserted, watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// In development, a base without statistics gets a small generated register, computed in the
    /// background, so that /territoires and the "Marché du travail" API show figures out of the box.
    /// </summary>
    public static async Task SeedDemoStatisticsAsync(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            return;
        var options = app.Configuration.GetSection(DemoDataOptions.Section).Get<DemoDataOptions>() ?? new DemoDataOptions();
        if (!options.Enabled)
            return;
        await app.Services.GetRequiredService<DemoStatistics>().SeedAsync(options.StatisticsScale, options.Seed, app.Lifetime.ApplicationStopping);
    }
}
