using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.ServicesCatalogue;

/// <summary>The operator's decision on a pending service: approval publishes it; rejection needs a reason, which the submitter receives.</summary>
internal sealed class ModerateService(
    IReuseServiceStore services,
    IAccountStore accounts,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const int MaxReasonLength = 2_000;

    private const string AlreadyDecided = "Ce service a déjà été examiné (ou n'existe pas) : rechargez la file.";

    /// <summary>Null when approved; otherwise why not.</summary>
    public async Task<string?> ApproveAsync(string serviceId, string operatorId, string baseUrl, CancellationToken ct)
    {
        var service = await services.GetAsync(serviceId, ct);
        if (service is not { Status: ReuseServiceStatus.Pending })
            return AlreadyDecided;
        var owner = await accounts.GetAsync(service.AccountId, ct) ?? throw new InvalidOperationException($"Compte {service.AccountId} introuvable.");
        var approved = await services.ApproveAsync(serviceId, operatorId, clock.GetUtcNow(),
            [ServiceNotifications.Approved(owner.Email, service, baseUrl + ServiceLinks.Catalogue)], ct);
        return approved ? null : AlreadyDecided;
    }

    /// <summary>Null when rejected; otherwise why not.</summary>
    public async Task<string?> RejectAsync(string serviceId, string operatorId, string? reason, CancellationToken ct)
    {
        var motif = reason?.Trim() ?? "";
        if (motif.Length == 0)
            return "Le motif du refus est obligatoire : l'auteur du service le reçoit.";
        if (motif.Length > MaxReasonLength)
            return $"Le motif ne doit pas dépasser {MaxReasonLength} caractères ({motif.Length} saisis).";
        var service = await services.GetAsync(serviceId, ct);
        if (service is not { Status: ReuseServiceStatus.Pending })
            return AlreadyDecided;
        var owner = await accounts.GetAsync(service.AccountId, ct) ?? throw new InvalidOperationException($"Compte {service.AccountId} introuvable.");
        var rejected = await services.RejectAsync(serviceId, operatorId, clock.GetUtcNow(), motif,
            [ServiceNotifications.Rejected(owner.Email, service, motif)], ct);
        return rejected ? null : AlreadyDecided;
    }
}
