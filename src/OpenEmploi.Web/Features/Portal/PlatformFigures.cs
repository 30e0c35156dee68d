using Microsoft.Extensions.Caching.Memory;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Storage;

namespace OpenEmploi.Web.Features.Portal;

/// <summary>The headline figures of the home page: live offers, partners' share, top départements.</summary>
public sealed record PlatformSummary(
    long OffresEnLigne,
    long OffresPartenaires,
    int Partenaires,
    IReadOnlyList<DepartementCount> TopDepartements,
    DateTimeOffset ComputedAt);

public sealed record DepartementCount(string Code, string Nom, long Offres);

/// <summary>
/// Counting a million rows by département costs a fraction of a second: the home page shows a
/// summary at most one minute old instead of recounting on every visit.
/// </summary>
public sealed class PlatformFigures(IOffreStore store, ReferenceData referenceData, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);

    public async Task<PlatformSummary> GetAsync(CancellationToken ct)
    {
        if (cache.TryGetValue(nameof(PlatformFigures), out PlatformSummary? cached) && cached is not null)
            return cached;
        var summary = await ComputeAsync(ct);
        cache.Set(nameof(PlatformFigures), summary, Freshness);
        return summary;
    }

    private async Task<PlatformSummary> ComputeAsync(CancellationToken ct)
    {
        var statistics = await store.GetStatisticsAsync(ct);
        var published = statistics.ByStatus.TryGetValue("published", out var count) ? count : 0;
        var ownOffers = statistics.BySource.TryGetValue(Core.Offres.Sources.Plateforme, out var own) ? own : 0;
        var partners = statistics.BySource.Count(pair => pair.Key != Core.Offres.Sources.Plateforme);
        var top = statistics.ByDepartement
            .Where(pair => pair.Key != StoreStatistics.Unknown)
            .OrderByDescending(pair => pair.Value)
            .Take(10)
            .Select(pair => new DepartementCount(pair.Key, referenceData.Geographie.DepartementByCode(pair.Key)?.Nom ?? pair.Key, pair.Value))
            .ToList();
        return new PlatformSummary(published, statistics.Total - ownOffers, partners, top, time.GetUtcNow());
    }
}
