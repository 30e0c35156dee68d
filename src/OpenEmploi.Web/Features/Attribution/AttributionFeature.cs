using OpenEmploi.Web.Features.Quotas;

namespace OpenEmploi.Web.Features.Attribution;

/// <summary>
/// Reuse licence, article 4: every API response names the source, the date of the data's last
/// update and the licence.
/// </summary>
internal static class AttributionFeature
{
    public const string SourceHeader = "X-Data-Source";
    public const string LastUpdateHeader = "X-Data-Last-Update";

    public static IServiceCollection AddAttribution(this IServiceCollection services)
    {
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<DataFreshness>();
        services.AddHostedService(provider => provider.GetRequiredService<DataFreshness>());
        return services;
    }

    public static IApplicationBuilder UseAttributionHeaders(this IApplicationBuilder app)
    {
        var urls = app.ApplicationServices.GetRequiredService<PublicUrls>();
        var freshness = app.ApplicationServices.GetRequiredService<DataFreshness>();
        return app.Use((context, next) =>
        {
            if (QuotasFeature.IsApiPath(context.Request.Path))
            {
                var headers = context.Response.Headers;
                headers.Link = string.Concat("<", urls.Licence(context.Request), ">; rel=\"license\"");
                headers[SourceHeader] = "OpenEmploi";
                headers[LastUpdateHeader] = freshness.LastUpdate;
            }
            return next(context);
        });
    }
}
