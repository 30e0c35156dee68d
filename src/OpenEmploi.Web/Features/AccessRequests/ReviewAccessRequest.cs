using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Notifications;

namespace OpenEmploi.Web.Features.AccessRequests;

/// <summary>
/// The operator's decision on a pending request. Approval creates the application (client id, the
/// requested scopes, the default quota) with a secret nobody knows: its owner is shown a real one
/// once, on the application's page. Refusal needs a reason, which the reuser receives.
/// </summary>
internal sealed class ReviewAccessRequest(
    IAccessRequestStore requests,
    IAccountStore accounts,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const int MaxReasonLength = 2_000;

    private const string AlreadyDecided = "Cette demande a déjà été traitée (ou n'existe pas) : rechargez la file.";

    /// <summary>The client id of the new application, or why not.</summary>
    public async Task<(string? ClientId, string? Error)> ApproveAsync(string requestId, string operatorId, string baseUrl, CancellationToken ct)
    {
        var request = await requests.GetAsync(requestId, ct);
        if (request is not { Status: AccessRequestStatus.Pending })
            return (null, AlreadyDecided);
        var owner = await accounts.GetAsync(request.AccountId, ct) ?? throw new InvalidOperationException($"Compte {request.AccountId} introuvable.");
        var now = clock.GetUtcNow();
        var application = new ApiApplication(
            ClientCredentials.NewClientId(request.Name), request.Name, ClientCredentials.HashSecret(ClientCredentials.NewSecret()),
            WithReportScope(request.Scopes), ApplicationStatus.Active, ApiApplication.DefaultQuotaPerSecond, ApiApplication.DefaultQuotaBurst, now, now);
        var approved = await requests.ApproveAsync(requestId, operatorId, now, application,
            [NotificationTexts.RequestApproved(owner.Email, request, application.ClientId, baseUrl + AccessRequestLinks.Detail(request.Id))], ct);
        return approved ? (application.ClientId, null) : (null, AlreadyDecided);
    }

    /// <summary>
    /// Every application that reads offers owes monthly consultation reports (licence 5.4), so it
    /// gets the scope to send them with its token, without asking.
    /// </summary>
    internal static IReadOnlyList<string> WithReportScope(IReadOnlyList<string> scopes) =>
        ApiScopes.ReadsOffers(scopes) && !scopes.Contains(ApiScopes.RapportsConsultation) ? [.. scopes, ApiScopes.RapportsConsultation] : scopes;

    /// <summary>Null when refused; otherwise why not.</summary>
    public async Task<string?> RefuseAsync(string requestId, string operatorId, string? reason, CancellationToken ct)
    {
        var motif = reason?.Trim() ?? "";
        if (motif.Length == 0)
            return "Le motif du refus est obligatoire : le réutilisateur le reçoit.";
        if (motif.Length > MaxReasonLength)
            return $"Le motif ne doit pas dépasser {MaxReasonLength} caractères ({motif.Length} saisis).";
        var request = await requests.GetAsync(requestId, ct);
        if (request is not { Status: AccessRequestStatus.Pending })
            return AlreadyDecided;
        var owner = await accounts.GetAsync(request.AccountId, ct) ?? throw new InvalidOperationException($"Compte {request.AccountId} introuvable.");
        var refused = await requests.RefuseAsync(requestId, operatorId, clock.GetUtcNow(), motif,
            [NotificationTexts.RequestRefused(owner.Email, request, motif)], ct);
        return refused ? null : AlreadyDecided;
    }
}
