namespace OpenEmploi.Web.Features.Catalogue;

/// <summary>
/// The open-data catalogue (docs/open-data.md, "Catalogue"): datasets from every provider, their
/// pages under /donnees, downloads, previews, the DCAT-AP export and the udata-like API.
/// </summary>
internal static class CatalogueFeature
{
    public static IServiceCollection AddCatalogue(this IServiceCollection services)
    {
        services.AddSingleton<FileChecksums>();
        services.AddSingleton<IDatasetProvider, OffersDatasetProvider>();
        services.AddSingleton<IDatasetProvider, ReferenceDatasetProvider>();
        services.AddSingleton<IDatasetProvider, Statistics.StatisticsDatasetProvider>();
        services.AddSingleton<DataCatalogue>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogue(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CatalogueLinks.DcatExport, CatalogueEndpoints.Dcat).ExcludeFromDescription();
        endpoints.MapMethods("/donnees/{slug}/{resource}", [HttpMethods.Get, HttpMethods.Head], CatalogueEndpoints.Download).ExcludeFromDescription();
        var api = endpoints.MapGroup(CatalogueLinks.Api).ExcludeFromDescription();
        api.MapGet("/", CatalogueEndpoints.ListDatasets);
        api.MapGet("/{slug}/", CatalogueEndpoints.GetDataset);
        return endpoints;
    }
}
