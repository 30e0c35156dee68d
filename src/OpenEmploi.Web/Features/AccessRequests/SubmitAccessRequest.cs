using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;
using OpenEmploi.Web.Features.Notifications;

namespace OpenEmploi.Web.Features.AccessRequests;

/// <summary>What a reuser fills in to request access (licence art. 3.2).</summary>
internal sealed record AccessRequestForm(string? Name, IReadOnlyList<string> Apis, string? IntendedUse, bool LicenceAccepted, int LicenceVersionShown);

/// <summary>
/// A reuser's access request: checked field by field, stored with its 5-day deadline, and told to
/// the reuser (received) and to every operator (to review) in the same transaction.
/// </summary>
internal sealed class SubmitAccessRequest(
    IAccessRequestStore requests,
    IAccountStore accounts,
    ILicenceStore licences,
    AccessRequestOptions options,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const int MaxNameLength = 100;
    public const int MaxIntendedUseLength = 4_000;

    public const string NameField = "Name";
    public const string ApisField = "Apis";
    public const string IntendedUseField = "IntendedUse";
    public const string LicenceField = "LicenceAccepted";

    public async Task<(AccessRequest? Request, IReadOnlyDictionary<string, string> Errors)> RunAsync(
        string accountId, AccessRequestForm form, string baseUrl, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var name = form.Name?.Trim() ?? "";
        if (name.Length == 0)
            errors[NameField] = "Indiquez le nom de l'application.";
        else if (name.Length > MaxNameLength)
            errors[NameField] = $"Le nom de l'application ne doit pas dépasser {MaxNameLength} caractères ({name.Length} saisis).";

        var unknown = form.Apis.Where(code => RequestableApis.Find(code) is null).ToList();
        if (form.Apis.Count == 0)
            errors[ApisField] = "Choisissez au moins une API.";
        else if (unknown.Count > 0)
            errors[ApisField] = $"API inconnue : {string.Join(", ", unknown)}.";

        var use = form.IntendedUse?.Trim() ?? "";
        if (use.Length < options.MinIntendedUseLength)
            errors[IntendedUseField] = $"Décrivez l'usage prévu des données en au moins {options.MinIntendedUseLength} caractères ({use.Length} saisis) : "
                + "quel service, pour quel public, quelles données affichées.";
        else if (use.Length > MaxIntendedUseLength)
            errors[IntendedUseField] = $"L'usage prévu ne doit pas dépasser {MaxIntendedUseLength} caractères ({use.Length} saisis).";

        var licence = await licences.GetCurrentAsync(ct);
        if (!form.LicenceAccepted)
            errors[LicenceField] = $"Acceptez la licence de réutilisation (version {licence.Version}) pour demander l'accès.";
        else if (form.LicenceVersionShown != licence.Version)
            errors[LicenceField] = $"La licence est passée à la version {licence.Version} depuis l'affichage du formulaire : relisez-la et acceptez-la à nouveau.";
        if (errors.Count > 0)
            return (null, errors);

        var account = await accounts.GetAsync(accountId, ct) ?? throw new InvalidOperationException($"Compte {accountId} introuvable.");
        var now = clock.GetUtcNow();
        var scopes = form.Apis.Distinct(StringComparer.Ordinal).SelectMany(code => RequestableApis.Find(code)!.Scopes).Distinct(StringComparer.Ordinal).ToList();
        var request = new AccessRequest(
            Guid.NewGuid().ToString("N"), account.Id, name, scopes, use, licence.Version, AccessRequestStatus.Pending,
            now, now + AccessRequest.ReviewPeriod, null, null, null, null);
        var notifications = new List<Notification> { NotificationTexts.RequestReceived(account.Email, request) };
        foreach (var operatorAccount in await accounts.ListAsync(AccountRole.Operator, ct))
            notifications.Add(NotificationTexts.RequestToReview(operatorAccount.Email, request, account.Email, baseUrl + AccessRequestLinks.Queue));
        await requests.SubmitAsync(request, notifications, ct);
        return (request, errors);
    }
}
