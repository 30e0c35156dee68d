using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>
/// The operator's side of licence article 9, from the operator's pages or the command line:
/// suspend with a reason and reinstate, send a notice of breach (30 days) and lift it. The owner is
/// told each time (applications made with `openemploi apps create` have none). Each method returns
/// null when done, otherwise why not, in French.
/// </summary>
public sealed class LicenceEnforcement(
    IEnforcementStore enforcement,
    IApplicationStore applications,
    IAccessRequestStore requests,
    IAccountStore accounts,
    TimeProvider clock,
    Action<string>? changed = null)
{
    public const int MaxReasonLength = 2_000;

    public async Task<string?> SuspendAsync(string clientId, string? reason, string? actor, CancellationToken ct)
    {
        var (application, error) = await FindLiveAsync(clientId, ct);
        if (error is not null)
            return error;
        if (CheckReason(reason, "de la suspension") is { } reasonError)
            return reasonError;
        if (application!.Status == ApplicationStatus.Suspended)
            return $"L'application {clientId} est déjà suspendue (motif : {application.SuspensionReason ?? "non indiqué"}).";
        var motif = reason!.Trim();
        var owner = await OwnerEmailAsync(clientId, ct);
        var done = await enforcement.SuspendAsync(clientId, motif, actor,
            owner is null ? [] : [LicenceTexts.Suspended(owner, application.Name, clientId, motif)], ct);
        return Changed(clientId, done, $"L'application {clientId} vient de changer d'état : rechargez la page.");
    }

    public async Task<string?> ReinstateAsync(string clientId, string? actor, CancellationToken ct)
    {
        var (application, error) = await FindLiveAsync(clientId, ct);
        if (error is not null)
            return error;
        if (application!.Status != ApplicationStatus.Suspended)
            return $"L'application {clientId} n'est pas suspendue.";
        var owner = await OwnerEmailAsync(clientId, ct);
        var done = await enforcement.ReinstateAsync(clientId, actor, owner is null ? [] : [LicenceTexts.Reinstated(owner, application.Name, clientId)], ct);
        return Changed(clientId, done, $"L'application {clientId} vient de changer d'état : rechargez la page.");
    }

    public async Task<(LicenceNotice? Notice, string? Error)> SendNoticeAsync(string clientId, string? reason, string? actor, CancellationToken ct)
    {
        var (application, error) = await FindLiveAsync(clientId, ct);
        if (error is not null)
            return (null, error);
        if (CheckReason(reason, "de la mise en demeure") is { } reasonError)
            return (null, reasonError);
        var now = clock.GetUtcNow();
        var notice = new LicenceNotice(Guid.NewGuid().ToString("N"), clientId, reason!.Trim(), now, actor, LicenceCalendar.NoticeDeadline(now));
        var owner = await OwnerEmailAsync(clientId, ct);
        var done = await enforcement.SendNoticeAsync(notice, owner is null ? [] : [LicenceTexts.NoticeSent(owner, application!.Name, clientId, notice)], ct);
        return done ? (notice, null) : (null, Ended(clientId));
    }

    public async Task<string?> LiftNoticeAsync(string noticeId, string? actor, CancellationToken ct)
    {
        var notice = await enforcement.GetNoticeAsync(noticeId, ct);
        if (notice is null)
            return "Aucune mise en demeure de ce numéro.";
        if (notice.LiftedAt is { } lifted)
            return $"Cette mise en demeure a déjà été levée le {DeveloperPlatform.FrenchTime.Format(lifted)}.";
        if (notice.ExpiredAt is not null)
            return "Cette mise en demeure a expiré : la licence de l'application est résiliée.";
        var application = await applications.GetAsync(notice.ClientId, ct);
        var owner = await OwnerEmailAsync(notice.ClientId, ct);
        var done = await enforcement.LiftNoticeAsync(noticeId, actor,
            owner is null || application is null ? [] : [LicenceTexts.NoticeLifted(owner, application.Name, notice.ClientId, notice)], ct);
        return done ? null : "Cette mise en demeure vient d'être levée ou d'expirer : rechargez la page.";
    }

    private async Task<(ApiApplication? Application, string? Error)> FindLiveAsync(string clientId, CancellationToken ct)
    {
        var application = string.IsNullOrWhiteSpace(clientId) ? null : await applications.GetAsync(clientId, ct);
        if (application is null)
            return (null, $"Aucune application « {clientId} ».");
        if (application.IsTerminated || application.IsRevoked)
            return (null, Ended(clientId));
        return (application, null);
    }

    private static string Ended(string clientId) =>
        $"La licence de l'application {clientId} a pris fin (résiliée ou identifiants révoqués) : plus rien ne peut la changer.";

    private static string? CheckReason(string? reason, string what)
    {
        var motif = reason?.Trim() ?? "";
        if (motif.Length == 0)
            return $"Le motif {what} est obligatoire : le réutilisateur le reçoit.";
        return motif.Length > MaxReasonLength ? $"Le motif ne doit pas dépasser {MaxReasonLength} caractères ({motif.Length} saisis)." : null;
    }

    private string? Changed(string clientId, bool done, string otherwise)
    {
        if (!done)
            return otherwise;
        changed?.Invoke(clientId);
        return null;
    }

    private async Task<string?> OwnerEmailAsync(string clientId, CancellationToken ct)
    {
        var request = await requests.FindByClientIdAsync(clientId, ct);
        return request is null ? null : (await accounts.GetAsync(request.AccountId, ct))?.Email;
    }
}
