using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>
/// Publishing a new version of the licence (art. 2), from the operator's page or
/// `openemploi licence publish`: the version gets its calendar (refusal until day 15, tacit
/// acceptance on day 16, in force on day 17) and every owner of an application whose licence runs
/// is told, in the same transaction.
/// </summary>
public sealed class LicencePublishing(ILicenceStore licences, TimeProvider clock)
{
    public const int MaxTextLength = 200_000;

    /// <summary>The version published and how many owners were told, or why not (a French message).</summary>
    public async Task<(LicenceVersion? Version, int Owners, string? Error)> PublishAsync(string? text, string? publishedBy, string? baseUrl, CancellationToken ct)
    {
        var body = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (body.Length == 0)
            return (null, 0, "Le texte de la nouvelle version est vide.");
        if (body.Length > MaxTextLength)
            return (null, 0, $"Le texte dépasse {MaxTextLength} caractères ({body.Length}).");
        if (body.Contains('\0', StringComparison.Ordinal))
            return (null, 0, $"Le texte contient un caractère nul (position {body.IndexOf('\0', StringComparison.Ordinal) + 1}) : est-ce bien un fichier texte ?");
        var current = await licences.GetCurrentAsync(ct);
        if (string.Equals(current.Text.Trim(), body, StringComparison.Ordinal))
            return (null, 0, $"Le texte est identique à la version {current.Version} en vigueur : rien à publier.");

        var now = clock.GetUtcNow();
        var version = new LicenceVersion(current.Version + 1, body, now)
        {
            TacitAt = LicenceCalendar.TacitAt(now),
            InForceAt = LicenceCalendar.InForceAt(now),
            PublishedBy = publishedBy,
        };
        // One message per owner, naming each of its applications whose licence still runs
        // (suspended ones too: a suspension does not end the licence).
        var owners = (await licences.ListLicensedAsync(ct))
            .Where(licensed => !licensed.Application.IsRevoked && !licensed.Application.IsTerminated)
            .GroupBy(licensed => licensed.OwnerEmail, StringComparer.Ordinal)
            .ToList();
        var notifications = owners
            .Select(owner => LicenceTexts.VersionPublished(owner.Key, version, owner.Select(l => (l.Application.Name, l.Application.ClientId)), baseUrl))
            .ToList();
        if (!await licences.PublishAsync(version, notifications, ct))
            return (null, 0, $"Une version {version.Version} vient d'être publiée par ailleurs : relisez-la avant d'en publier une autre.");
        return (version, owners.Count, null);
    }
}
