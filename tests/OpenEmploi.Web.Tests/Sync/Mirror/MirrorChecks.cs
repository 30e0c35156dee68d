using OpenEmploi.Storage;
using OpenEmploi.Web.Tests.Hosting;

namespace OpenEmploi.Web.Tests.Sync.Mirror;

internal static class MirrorChecks
{
    /// <summary>
    /// With writes paused: the mirror, run once more until caught up, holds exactly the live offers
    /// (of <paramref name="departement"/> when filtered), each as a fresh snapshot publishes it to
    /// the same application, at the same sequence.
    /// </summary>
    public static async Task AssertExactAsync(ApiPlatform platform, MirrorRun run, string? departement = null)
    {
        var state = await run.RunAsync();
        Assert.Equal(await platform.Offres.GetLastSequenceAsync(), state.Cursor);
        var (stored, offres) = await run.ReadAsync();
        Assert.Equal(state, stored);

        var fresh = new SyncMirror(run.Caller!, run.Filter.QueryString);
        await fresh.LoadSnapshotAsync();
        Assert.Equal(fresh.Cursor, stored.Cursor);
        var live = new List<string>();
        await foreach (var entry in platform.Offres.StreamOffersAsync())
        {
            if (departement is null || entry.Departement == departement)
                live.Add(entry.Id);
        }
        Assert.Equal(live.Order(StringComparer.Ordinal), offres.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(fresh.Offres.Count, offres.Count);
        foreach (var (id, offre) in fresh.Offres)
            Assert.Equal(offre, offres[id]);
    }

    public static async Task<string> BusiestDepartementAsync(IOffreStore store)
    {
        var statistics = await store.GetStatisticsAsync();
        return statistics.ByDepartement.Where(p => p.Key.Length > 0).MaxBy(p => p.Value).Key;
    }
}
