using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// Identifies one source's record of a job: (source code, the source's id), or the offer id for
/// platform postings that have no source id. The first exact layer: a record with a known key is
/// an update of that member, never a duplicate of it.
/// </summary>
public readonly record struct MemberKey(string Source, string Id)
{
    public static MemberKey Of(NormalisedOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        return new MemberKey(offer.Entry.Source, offer.Entry.SourceId ?? offer.Entry.Id);
    }

    /// <summary>True when <paramref name="incoming"/> is a new version of <paramref name="known"/> (same source, same id).</summary>
    public static bool IsUpdateOf(NormalisedOffer incoming, NormalisedOffer known) => Of(incoming) == Of(known);

    public override string ToString() => string.Concat(Source, "/", Id);
}
