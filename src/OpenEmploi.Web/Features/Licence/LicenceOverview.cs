using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>An application under the licence as its pages show it: request, owner, standing, notices.</summary>
internal sealed record ApplicationLicence(
    AccessRequest Request, ApiApplication Application, string OwnerEmail, LicenceStanding Standing, IReadOnlyList<LicenceNotice> Notices)
{
    public LicenceNotice? OpenNotice => Notices.LastOrDefault(notice => notice.IsOpen);
}

/// <summary>What the licence pages read: the versions, and where each application stands, now.</summary>
internal sealed class LicenceOverview(
    ILicenceStore licences, IEnforcementStore enforcement, [FromKeyedServices(DeveloperPlatformFeature.ClockKey)] TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public Task<IReadOnlyList<LicenceVersion>> VersionsAsync(CancellationToken ct) => licences.ListAsync(ct);

    public Task<IReadOnlyList<LicenceDecision>> DecisionsAsync(string clientId, CancellationToken ct) => licences.ListDecisionsAsync(clientId, ct);

    /// <summary>Every application that came from an access request, oldest first.</summary>
    public Task<IReadOnlyList<ApplicationLicence>> AllAsync(CancellationToken ct) => ReadAsync(_ => true, ct);

    public Task<IReadOnlyList<ApplicationLicence>> OfAccountAsync(string accountId, CancellationToken ct) =>
        ReadAsync(licensed => licensed.Request.AccountId == accountId, ct);

    public async Task<ApplicationLicence?> OfApplicationAsync(string clientId, CancellationToken ct) =>
        await ReadAsync(licensed => licensed.Application.ClientId == clientId, ct) is [var found, ..] ? found : null;

    private async Task<IReadOnlyList<ApplicationLicence>> ReadAsync(Func<LicensedApplication, bool> which, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var selected = (await licences.ListLicensedAsync(ct)).Where(which).ToList();
        if (selected.Count == 0)
            return [];
        var versions = await licences.ListAsync(ct);
        var decisions = await licences.ListDecisionsAsync(selected.Count == 1 ? selected[0].Application.ClientId : null, ct);
        var notices = (await enforcement.ListNoticesAsync(selected.Count == 1 ? selected[0].Application.ClientId : null, ct))
            .ToLookup(notice => notice.ClientId, StringComparer.Ordinal);
        return selected
            .Select(licensed => new ApplicationLicence(
                licensed.Request, licensed.Application, licensed.OwnerEmail,
                LicenceStanding.Of(licensed.Request, licensed.Application, versions, decisions, now),
                notices[licensed.Application.ClientId].ToList()))
            .ToList();
    }
}
