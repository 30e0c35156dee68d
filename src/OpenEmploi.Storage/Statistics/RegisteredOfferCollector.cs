using System.Globalization;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Storage.Statistics;

/// <summary>What one collection run did.</summary>
/// <param name="Created">'Created' entries of the change log read.</param>
/// <param name="Added">Facts added (an entry already collected adds nothing).</param>
/// <param name="FromTombstones">Created offers already deleted when read: their tombstone's codes only.</param>
/// <param name="LastSequence">The change-log sequence the next run starts after.</param>
public sealed record CollectionResult(long Created, long Added, long FromTombstones, long LastSequence);

/// <summary>
/// Appends a <see cref="RegisteredOffer"/> fact for each offer created in the platform's base, so
/// that the statistics count offers even after the offers themselves are deleted. Incremental: it
/// reads the change log's 'created' entries after the sequence it stored in the base's metadata
/// last time; idempotent: facts are keyed by offer id and the cursor only moves forward once they
/// are written, so a run cut short and run again adds each fact once. The quarterly computation
/// calls it before computing.
/// </summary>
public sealed class RegisteredOfferCollector(IOffreStore offres, IStatisticsInputStore inputs)
{
    /// <summary>store_metadata key of the last change-log sequence collected.</summary>
    public const string CursorKey = "statistiques_offres_sequence";

    private const int PageSize = 1_000;

    public async Task<CollectionResult> CollectAsync(CancellationToken ct = default)
    {
        var after = await offres.GetMetadataAsync(CursorKey, ct) is { } text
            ? long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture)
            : 0;
        long created = 0;
        long added = 0;
        long fromTombstones = 0;
        while (true)
        {
            var ids = new List<string>(PageSize);
            var last = after;
            await foreach (var change in offres.ReadChangesAsync(after, PageSize, ct))
            {
                last = change.Sequence;
                if (change.Kind == ChangeKind.Created)
                    ids.Add(change.OffreId);
            }
            if (last == after)
                break;
            var documents = ids.Count == 0 ? new Dictionary<string, byte[]>() : await offres.GetJsonUtf8ManyAsync(ids, ct);
            var facts = new List<RegisteredOffer>(ids.Count);
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                if (documents.TryGetValue(id, out var json))
                {
                    facts.Add(RegisteredOfferFacts.FromOffre(OffreJson.Deserialize(json)));
                }
                else if (await offres.GetTombstoneAsync(id, ct) is { } tombstone)
                {
                    // A tombstone does not say where the offer came from: counted as the platform's own.
                    facts.Add(RegisteredOfferFacts.FromTombstone(tombstone, OfferOrigin.Employer));
                    fromTombstones++;
                }
            }
            created += ids.Count;
            added += await inputs.AppendOffersAsync(facts, collected: true, ct: ct);
            after = last;
            await offres.SetMetadataAsync(CursorKey, after.ToString(CultureInfo.InvariantCulture), ct);
        }
        return new CollectionResult(created, added, fromTombstones, after);
    }
}
