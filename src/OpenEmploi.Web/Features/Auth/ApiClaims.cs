using System.Security.Claims;

namespace OpenEmploi.Web.Features.Auth;

/// <summary>Claim types of an authenticated API call, and how endpoints read them back.</summary>
internal static class ApiClaims
{
    public const string ClientId = "client_id";
    public const string Scope = "scope";
    public const string Status = "application_status";
    public const string QuotaPerSecond = "quota_per_second";
    public const string QuotaBurst = "quota_burst";

    public const string Active = "active";

    public static string? ClientIdOf(ClaimsPrincipal user) => user.FindFirst(ClientId)?.Value;

    public static (int PerSecond, int Burst) QuotaOf(ClaimsPrincipal user) =>
        (int.Parse(user.FindFirst(QuotaPerSecond)!.Value, System.Globalization.CultureInfo.InvariantCulture),
         int.Parse(user.FindFirst(QuotaBurst)!.Value, System.Globalization.CultureInfo.InvariantCulture));
}
