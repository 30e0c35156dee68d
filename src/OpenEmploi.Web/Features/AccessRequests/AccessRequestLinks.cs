namespace OpenEmploi.Web.Features.AccessRequests;

/// <summary>The pages of applications and their review.</summary>
internal static class AccessRequestLinks
{
    public const string MyApplications = "/developpeurs/applications";
    public const string NewApplication = "/developpeurs/applications/nouvelle";
    public const string Queue = "/operateur/demandes";

    public static string Detail(string requestId) => $"{MyApplications}/{requestId}";
}
