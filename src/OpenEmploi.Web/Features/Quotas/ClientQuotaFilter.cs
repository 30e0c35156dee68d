using System.Globalization;
using OpenEmploi.Web.Features.Auth;

namespace OpenEmploi.Web.Features.Quotas;

/// <summary>
/// Applies the calling application's quota to an API endpoint and reports it on every response
/// with the headers France Travail's gateway sends; over quota, a plain-text 429 with Retry-After.
/// </summary>
internal sealed class ClientQuotaFilter(ClientQuotas quotas) : IEndpointFilter
{
    public const string BurstCapacityHeader = "X-Ratelimit-Burst-Capacity-Clientidlimiter";
    public const string RemainingHeader = "X-Ratelimit-Remaining-Clientidlimiter";
    public const string ReplenishRateHeader = "X-Ratelimit-Replenish-Rate-Clientidlimiter";
    public const string RequestedTokensHeader = "X-Ratelimit-Requested-Tokens-Clientidlimiter";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var clientId = ApiClaims.ClientIdOf(http.User);
        if (clientId is null)
            return await next(context);

        var (perSecond, burst) = ApiClaims.QuotaOf(http.User);
        var decision = quotas.For(clientId, perSecond, burst).TryTake();
        var headers = http.Response.Headers;
        headers[BurstCapacityHeader] = burst.ToString(CultureInfo.InvariantCulture);
        headers[RemainingHeader] = decision.Remaining.ToString(CultureInfo.InvariantCulture);
        headers[ReplenishRateHeader] = perSecond.ToString(CultureInfo.InvariantCulture);
        headers[RequestedTokensHeader] = "1";
        if (decision.Allowed)
            return await next(context);

        headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Results.Text(
            string.Create(CultureInfo.InvariantCulture, $"Quota dépassé : {perSecond} appels par seconde au plus pour cette application. Réessayez dans {decision.RetryAfterSeconds} s."),
            "text/plain; charset=utf-8",
            statusCode: StatusCodes.Status429TooManyRequests);
    }
}
