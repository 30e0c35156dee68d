using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Storage;

internal static class StorageFeature
{
    public static IServiceCollection AddOffreStore(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(StoreOptions.Section).Get<StoreOptions>() ?? new StoreOptions();
        var location = StoreLocation.Parse(options.Store);
        services.AddSingleton(location);
        services.AddSingleton(provider => OffreStoreFactory.Open(location, provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>
    /// The embedded SQLite default migrates itself; a PostgreSQL deployment must have run
    /// `openemploi migrate`, and the host refuses to start on an outdated schema.
    /// </summary>
    public static async Task PrepareStoreAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IOffreStore>();
        var location = app.Services.GetRequiredService<StoreLocation>();
        await StoreSchema.EnsureReadyAsync(store, app.Lifetime.ApplicationStopping);
        app.Logger.LogInformation("Base des offres : {Store}", location.Display);
    }
}
