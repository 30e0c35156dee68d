using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Web.Features.Ingestion;

/// <summary>
/// What an engine loaded from the base depends on, summarised: the last change-log sequence
/// (every published offer written by anyone), the last import run (every CLI import, even one that
/// published nothing) and the sources' settings. The worker compares the one it recorded after its
/// own writes with the store's before using its engine again: equal, nobody else changed the base.
/// </summary>
internal readonly record struct BaseFingerprint(long Sequence, long LastRunId, int SourcesHash)
{
    public static async Task<BaseFingerprint> ReadAsync(IOffreStore offers, IIngestionStore ingestion, CancellationToken ct)
    {
        var sequence = await offers.GetLastSequenceAsync(ct);
        var runs = await ingestion.ListRunsAsync(null, 1, ct);
        var hash = new HashCode();
        foreach (var source in await ingestion.ListSourcesAsync(ct))
            hash.Add(source);
        return new BaseFingerprint(sequence, runs.Count == 0 ? 0 : runs[0].Id, hash.ToHashCode());
    }
}
