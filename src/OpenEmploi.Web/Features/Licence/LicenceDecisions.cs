using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Auth;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>
/// An owner's answer to a new licence version for one of its applications, before the refusal
/// period ends: accepting (in force the next Paris day) or refusing, which ends the application's
/// licence at once (credentials revoked: the token endpoint refuses it, its tokens get 403 at once on
/// this node and within the application cache delay on the others). Returns null when done,
/// otherwise why not.
/// </summary>
internal sealed class LicenceDecisions(
    ILicenceStore licences,
    IAccessRequestStore requests,
    IApplicationStore applications,
    IAccountStore accounts,
    ApplicationDirectory directory,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    private const string Unknown = "Aucune application de ce nom dans votre compte.";

    public async Task<string?> AcceptAsync(string clientId, int version, string accountId, CancellationToken ct)
    {
        var (application, _, error) = await FindAsync(clientId, version, accountId, ct);
        if (error is not null)
            return error;
        var now = clock.GetUtcNow();
        var decision = new LicenceDecision(clientId, version, LicenceDecisionKind.Explicit, now, LicenceCalendar.InForceAfterAcceptance(now), accountId);
        return await licences.AcceptAsync(decision, [], ct)
            ? null
            : $"Vous avez déjà répondu à la version {version} pour « {application!.Name} », ou sa licence a pris fin.";
    }

    public async Task<string?> RefuseAsync(string clientId, int version, string accountId, CancellationToken ct)
    {
        var (application, owner, error) = await FindAsync(clientId, version, accountId, ct);
        if (error is not null)
            return error;
        if (!await licences.RefuseAsync(clientId, version, clock.GetUtcNow(), accountId,
                [LicenceTexts.Refused(owner!, application!.Name, clientId, version)], ct))
        {
            return $"Vous avez déjà répondu à la version {version} pour « {application!.Name} », ou sa licence a pris fin.";
        }
        directory.Forget(clientId); // this node refuses its tokens now; the others within their cache delay
        return null;
    }

    private async Task<(ApiApplication? Application, string? OwnerEmail, string? Error)> FindAsync(string clientId, int version, string accountId, CancellationToken ct)
    {
        var request = string.IsNullOrEmpty(clientId) ? null : await requests.FindByClientIdAsync(clientId, ct);
        if (request is null || request.AccountId != accountId)
            return (null, null, Unknown);
        var application = await applications.GetAsync(clientId, ct);
        if (application is null)
            return (null, null, Unknown);
        if (application.IsTerminated || application.IsRevoked)
            return (null, null, $"La licence de « {application.Name} » a pris fin : il n'y a plus rien à accepter ni refuser.");
        var published = await licences.GetAsync(version, ct);
        if (published?.TacitAt is not { } tacitAt || version <= request.LicenceVersion)
            return (null, null, $"La version {version} de la licence n'attend pas de réponse pour « {application.Name} ».");
        if (clock.GetUtcNow() >= tacitAt)
        {
            return (null, null, $"Le délai de refus de la version {version} a pris fin le "
                + $"{FrenchTime.FormatDay(LicenceCalendar.LastRefusalDay(published.PublishedAt))} : elle est acceptée tacitement.");
        }
        var owner = await accounts.GetAsync(accountId, ct) ?? throw new InvalidOperationException($"Compte {accountId} introuvable.");
        return (application, owner.Email, null);
    }
}
