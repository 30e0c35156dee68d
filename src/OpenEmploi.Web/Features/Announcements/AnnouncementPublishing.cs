using System.Globalization;
using OpenEmploi.Storage.Announcements;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Announcements;

/// <summary>What the operator typed: kept whole when publication is refused.</summary>
internal sealed record AnnouncementDraft(string? Title, string? Body, IReadOnlyList<string> Apis, string? EffectiveDay);

/// <summary>A refused field and why, in French.</summary>
internal sealed record AnnouncementError(string Field, string Message);

/// <summary>
/// Publishing an API change (licence, article 3.2): it must apply at least two calendar months
/// after the Paris day it is published; the owner of every active application holding a scope of
/// an affected API gets one French e-mail naming its applications, written with the announcement.
/// </summary>
internal sealed class AnnouncementPublishing(IAnnouncementStore announcements, ILicenceStore licences, TimeProvider clock)
{
    public const int MaxTitleLength = 200;

    public const int MaxBodyLength = 20_000;

    /// <summary>The minimum notice of licence article 3.2.</summary>
    public const int NoticeMonths = 2;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>The first day a change announced today may apply.</summary>
    public DateOnly EarliestEffectiveDay => ParisCalendar.DayOf(Now).AddMonths(NoticeMonths);

    /// <summary>The announcement and how many applications were told, or every field error.</summary>
    public async Task<(ApiAnnouncement? Announcement, int Applications, IReadOnlyList<AnnouncementError> Errors)> PublishAsync(
        AnnouncementDraft draft, string? publishedBy, string? baseUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new List<AnnouncementError>();
        var title = (draft.Title ?? "").Trim();
        var body = (draft.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (title.Length == 0)
            errors.Add(new("titre", "Le titre est obligatoire."));
        else if (title.Length > MaxTitleLength)
            errors.Add(new("titre", $"Le titre dépasse {MaxTitleLength} caractères ({title.Length})."));
        if (body.Length == 0)
            errors.Add(new("texte", "Le texte de l'annonce est obligatoire : décrivez l'évolution et ce que les réutilisateurs doivent changer."));
        else if (body.Length > MaxBodyLength)
            errors.Add(new("texte", $"Le texte dépasse {MaxBodyLength} caractères ({body.Length})."));

        var apis = draft.Apis.Where(code => !string.IsNullOrWhiteSpace(code)).Distinct(StringComparer.Ordinal).ToList();
        var unknown = apis.Where(code => AnnouncedApis.Find(code) is null).ToList();
        if (apis.Count == 0)
            errors.Add(new("apis", "Choisissez au moins une API concernée."));
        else if (unknown.Count > 0)
            errors.Add(new("apis", $"API inconnue : « {string.Join(" », « ", unknown)} »."));

        var earliest = EarliestEffectiveDay;
        DateOnly effective = default;
        if (string.IsNullOrWhiteSpace(draft.EffectiveDay))
            errors.Add(new("effet", $"La date d'effet est obligatoire (au plus tôt le {FrenchTime.FormatDay(earliest)})."));
        else if (!DateOnly.TryParseExact(draft.EffectiveDay.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out effective))
            errors.Add(new("effet", $"Date d'effet « {draft.EffectiveDay.Trim()} » illisible : attendu AAAA-MM-JJ (ex. {ParisCalendar.Key(earliest)})."));
        else if (effective < earliest)
            errors.Add(new("effet",
                $"La date d'effet du {FrenchTime.FormatDay(effective)} est trop proche : une évolution des API doit être annoncée au moins deux mois à l'avance "
                + $"(article 3.2 de la licence). Publiée aujourd'hui, elle peut s'appliquer au plus tôt le {FrenchTime.FormatDay(earliest)}."));
        if (errors.Count > 0)
            return (null, 0, errors);

        var scopes = apis.SelectMany(code => AnnouncedApis.Find(code)!.Scopes).Distinct(StringComparer.Ordinal).ToList();
        var now = Now;
        var announcement = new ApiAnnouncement(Guid.NewGuid().ToString("N"), title, body, apis, scopes, now, ParisCalendar.StartOf(effective), publishedBy);

        // Active applications only (article 3.2 speaks of reusers with access): a suspended one
        // reads the announcements page when reinstated; revoked and terminated ones never call again.
        var affected = (await licences.ListLicensedAsync(ct))
            .Where(licensed => licensed.Application.Status == ApplicationStatus.Active
                && !licensed.Application.IsRevoked && !licensed.Application.IsTerminated
                && licensed.Application.Scopes.Any(scopes.Contains))
            .ToList();
        var recipients = affected.Select(licensed => new AnnouncementRecipient(licensed.Application.ClientId, licensed.OwnerEmail)).ToList();
        var notifications = affected
            .GroupBy(licensed => licensed.OwnerEmail, StringComparer.Ordinal)
            .Select(owner => AnnouncementTexts.Announced(owner.Key, announcement, owner.Select(l => (l.Application.Name, l.Application.ClientId)), baseUrl))
            .ToList();
        await announcements.PublishAnnouncementAsync(announcement, recipients, notifications, ct);
        return (announcement with { NotifiedApplications = recipients.Count }, recipients.Count, []);
    }
}
