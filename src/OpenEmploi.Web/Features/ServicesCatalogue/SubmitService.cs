using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.ServicesCatalogue;

/// <summary>What a reuser fills in to propose a service.</summary>
public sealed record ServiceForm(
    string? Name, string? Description, string? Url, IReadOnlyList<string> Audiences, IReadOnlyList<string> Themes, bool FreeForJobSeekers);

/// <summary>
/// A reuser's proposal for the services catalogue: checked field by field (each error names its
/// field and what was typed), stored as pending, and told to the reuser (received) and to every
/// operator (to review) in the same transaction.
/// </summary>
internal sealed class SubmitService(
    IReuseServiceStore services,
    IAccountStore accounts,
    [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public const int MaxNameLength = 100;
    public const int MinDescriptionLength = 30;
    public const int MaxDescriptionLength = 2_000;
    public const int MaxUrlLength = 500;

    public const string NameField = "Name";
    public const string DescriptionField = "Description";
    public const string UrlField = "Url";
    public const string AudiencesField = "Audiences";
    public const string ThemesField = "Themes";
    public const string FreeField = "FreeForJobSeekers";

    public async Task<(ReuseService? Service, IReadOnlyDictionary<string, string> Errors)> RunAsync(
        string accountId, ServiceForm form, string baseUrl, CancellationToken ct)
    {
        var errors = Validate(form, out var name, out var description, out var url);
        if (errors.Count > 0)
            return (null, errors);

        var account = await accounts.GetAsync(accountId, ct) ?? throw new InvalidOperationException($"Compte {accountId} introuvable.");
        var service = new ReuseService(
            Guid.NewGuid().ToString("N"), account.Id, name, description, url,
            [.. ServiceVocabulary.Audiences.Select(a => a.Code).Where(form.Audiences.Contains)],
            [.. ServiceVocabulary.Themes.Select(t => t.Code).Where(form.Themes.Contains)],
            FreeForJobSeekers: true, ReuseServiceStatus.Pending, clock.GetUtcNow(), null, null, null);
        var notifications = new List<Notification> { ServiceNotifications.Received(account.Email, service) };
        foreach (var operatorAccount in await accounts.ListAsync(AccountRole.Operator, ct))
            notifications.Add(ServiceNotifications.ToReview(operatorAccount.Email, service, account.Email, baseUrl + ServiceLinks.Queue));
        await services.SubmitAsync(service, notifications, ct);
        return (service, errors);
    }

    internal static Dictionary<string, string> Validate(ServiceForm form, out string name, out string description, out string url)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        name = form.Name?.Trim() ?? "";
        if (name.Length == 0)
            errors[NameField] = "Indiquez le nom du service.";
        else if (name.Length > MaxNameLength)
            errors[NameField] = $"Le nom du service ne doit pas dépasser {MaxNameLength} caractères ({name.Length} saisis).";

        description = form.Description?.Trim() ?? "";
        if (description.Length < MinDescriptionLength)
            errors[DescriptionField] = $"Décrivez le service en au moins {MinDescriptionLength} caractères ({description.Length} saisis) : ce qu'il fait, pour qui, avec quelles données.";
        else if (description.Length > MaxDescriptionLength)
            errors[DescriptionField] = $"La description ne doit pas dépasser {MaxDescriptionLength} caractères ({description.Length} saisis).";

        url = form.Url?.Trim() ?? "";
        if (url.Length == 0)
            errors[UrlField] = "Indiquez l'adresse du service (https://…).";
        else if (url.Length > MaxUrlLength)
            errors[UrlField] = $"L'adresse ne doit pas dépasser {MaxUrlLength} caractères ({url.Length} saisis).";
        else if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("https" or "http") || !parsed.Host.Contains('.', StringComparison.Ordinal))
            errors[UrlField] = $"« {Shorten(url)} » n'est pas une adresse web complète : elle doit commencer par https:// (ou http://) suivi d'un nom de domaine, par exemple https://mon-service.fr.";

        var unknownAudiences = form.Audiences.Where(code => ServiceVocabulary.Audience(code) is null).ToList();
        if (form.Audiences.Count == 0)
            errors[AudiencesField] = "Choisissez au moins un public.";
        else if (unknownAudiences.Count > 0)
            errors[AudiencesField] = $"Public inconnu : {string.Join(", ", unknownAudiences.Select(Shorten))}.";

        var unknownThemes = form.Themes.Where(code => ServiceVocabulary.Theme(code) is null).ToList();
        if (form.Themes.Count == 0)
            errors[ThemesField] = "Choisissez au moins un thème.";
        else if (unknownThemes.Count > 0)
            errors[ThemesField] = $"Thème inconnu : {string.Join(", ", unknownThemes.Select(Shorten))}.";

        if (!form.FreeForJobSeekers)
            errors[FreeField] = "La licence de réutilisation exige que le service soit gratuit pour les demandeurs d'emploi : "
                + "cochez la déclaration pour le proposer.";
        return errors;
    }

    // Errors quote what was typed, not a page of it.
    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 80), "…");
}
