using System.Globalization;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.Quotas;

namespace OpenEmploi.Web.Features.LaBonneBoiteApi;

/// <summary>
/// The company finder's own quota: 2 calls per second (the original's default) for an application
/// whose quota the operator left at the platform's default; an application granted a quota of its
/// own (openemploi apps quota) gets that quota here too. A bucket apart from the offers API's, so
/// calls to one API do not eat the other's. Same headers and 429 as <see cref="ClientQuotaFilter"/>.
/// </summary>
internal sealed class LbbQuotaFilter(ClientQuotas quotas) : IEndpointFilter
{
    public const int CallsPerSecond = 2;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (ApiClaims.ClientIdOf(http.User) is not { } clientId)
            return await next(context);
        var (applicationRate, applicationBurst) = ApiClaims.QuotaOf(http.User);
        var isDefault = applicationRate == ApiApplication.DefaultQuotaPerSecond && applicationBurst == ApiApplication.DefaultQuotaBurst;
        var perSecond = isDefault ? CallsPerSecond : applicationRate;
        var burst = isDefault ? CallsPerSecond : applicationBurst;
        var decision = quotas.For(clientId + " labonneboite", perSecond, burst).TryTake();
        var headers = http.Response.Headers;
        headers[ClientQuotaFilter.BurstCapacityHeader] = burst.ToString(CultureInfo.InvariantCulture);
        headers[ClientQuotaFilter.RemainingHeader] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers[ClientQuotaFilter.ReplenishRateHeader] = perSecond.ToString(CultureInfo.InvariantCulture);
        headers[ClientQuotaFilter.RequestedTokensHeader] = "1";
        if (decision.Allowed)
            return await next(context);
        headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Text(
            string.Create(CultureInfo.InvariantCulture, $"Quota dépassé : {perSecond} appels par seconde au plus pour cette application sur l'API La Bonne Boîte. Réessayez dans {decision.RetryAfterSeconds} s."),
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status429TooManyRequests);
    }
}
