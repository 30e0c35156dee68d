using OpenEmploi.OpenData.Publishing;

namespace OpenEmploi.Web.Features.OpenData;

/// <summary>
/// The anonymised open dataset (docs/open-data.md): scheduled exports on this node and public
/// downloads under /donnees/offres. The downloads are not part of the partner APIs: no token, no
/// quota, and no place in the OpenAPI document (they are files, described by their dictionary).
/// </summary>
internal static class OpenDataFeature
{
    public static IServiceCollection AddOpenData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OpenDataOptions.Section).Get<OpenDataOptions>() ?? new OpenDataOptions();
        if (options.Interval < TimeSpan.FromMinutes(1))
            throw new InvalidOperationException($"{OpenDataOptions.Section}:Interval doit être d'au moins une minute.");
        if (options.TimeOfDay < TimeSpan.Zero || options.TimeOfDay >= TimeSpan.FromDays(1))
            throw new InvalidOperationException($"{OpenDataOptions.Section}:TimeOfDay doit être une heure de la journée (00:00:00 à 23:59:59).");
        if (options.RetentionDays < 1)
            throw new InvalidOperationException($"{OpenDataOptions.Section}:RetentionDays doit être d'au moins 1.");
        if (options.MinimumCellOffers < 1)
            throw new InvalidOperationException($"{OpenDataOptions.Section}:MinimumCellOffers doit être d'au moins 1 (reçu {options.MinimumCellOffers}).");
        if (string.IsNullOrWhiteSpace(options.Directory))
            throw new InvalidOperationException($"{OpenDataOptions.Section}:Directory est vide.");
        services.AddSingleton(options);
        services.AddSingleton(new ExportDirectory(options.Directory));
        services.AddHostedService<ScheduledExport>();
        return services;
    }

    public static IEndpointRouteBuilder MapOpenDataEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(OpenDataEndpoints.Prefix).ExcludeFromDescription();
        group.MapGet("/exports", OpenDataEndpoints.List);
        group.MapGet("/latest.csv.gz", (HttpContext http, ExportDirectory directory) => OpenDataEndpoints.Latest(http, directory, ExportFileNames.Csv));
        group.MapGet("/latest.jsonl.gz", (HttpContext http, ExportDirectory directory) => OpenDataEndpoints.Latest(http, directory, ExportFileNames.JsonLines));
        group.MapGet("/dictionnaire", (HttpContext http, ExportDirectory directory) => OpenDataEndpoints.Latest(http, directory, ExportFileNames.Dictionary));
        group.MapGet("/methodologie", (HttpContext http, ExportDirectory directory) => OpenDataEndpoints.Latest(http, directory, ExportFileNames.Methodology));
        group.MapGet("/exports/{id}/{file}", OpenDataEndpoints.Dated);
        return endpoints;
    }
}
