using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>A JSON body that caches must not keep (RFC 6749 §5.1: Cache-Control no-store, Pragma no-cache).</summary>
internal sealed class NoStoreJsonResult<T>(int statusCode, T body, JsonTypeInfo<T> typeInfo) : IResult, IStatusCodeHttpResult, IValueHttpResult<T>
{
    public int? StatusCode => statusCode;

    public T Value => body;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.Headers.CacheControl = "no-store";
        httpContext.Response.Headers.Pragma = "no-cache";
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(httpContext.Response.Body, body, typeInfo, httpContext.RequestAborted);
    }
}
