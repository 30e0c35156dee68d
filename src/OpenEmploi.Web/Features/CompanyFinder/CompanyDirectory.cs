using OpenEmploi.Core.Referentiels;
using OpenEmploi.CompanyFinder.Scoring;
using OpenEmploi.CompanyFinder.Search;
using OpenEmploi.Storage.CompanyFinder;

namespace OpenEmploi.Web.Features.CompanyFinder;

/// <summary>
/// The node's company index, built from the store's latest prediction and the companies' controls.
/// Rebuilt when a control is saved on this node, and at most every <see cref="RefreshInterval"/>
/// otherwise (a prediction published by the CLI, a control saved on another node).
/// </summary>
internal sealed class CompanyDirectory(ICompanyFinderStore store, ReferenceData data, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private CompanyIndex? _index;
    private DateTimeOffset _builtAt;

    public void Dispose() => _gate.Dispose();

    public async ValueTask<CompanyIndex> GetAsync(CancellationToken ct)
    {
        if (_index is { } index && time.GetUtcNow() - _builtAt < RefreshInterval)
            return index;
        await _gate.WaitAsync(ct);
        try
        {
            if (_index is null || time.GetUtcNow() - _builtAt >= RefreshInterval)
                await RebuildAsync(ct);
            return _index!;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Rebuilds now (after a control was saved) so the next search sees it.</summary>
    public async Task InvalidateAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await RebuildAsync(ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// An establishment whose address may not be shown (partial diffusion, or hidden on request) is
    /// indexed at its commune's centre: distances, the distance order and the map then say nothing
    /// finer than the commune.
    /// </summary>
    private ListedCompany AtCommuneCentreIfHidden(ListedCompany company, CompanyControl? control)
    {
        if (!company.PartialDiffusion && control?.HideAddress != true)
            return company;
        return data.Geographie.CommuneByInsee(company.Commune) is { Latitude: { } lat, Longitude: { } lon }
            ? company with { Latitude = lat, Longitude = lon }
            : company;
    }

    private async Task RebuildAsync(CancellationToken ct)
    {
        var controls = (await store.ReadControlsAsync(ct)).ToDictionary(c => c.Siret, StringComparer.Ordinal);
        var companies = (await store.ReadCompaniesAsync(ct)).Select(c => AtCommuneCentreIfHidden(c, controls.GetValueOrDefault(c.Siret)));
        _index = CompanyIndex.Build(companies, controls, ListingThresholds.AlreadyApplied);
        _builtAt = time.GetUtcNow();
    }
}
