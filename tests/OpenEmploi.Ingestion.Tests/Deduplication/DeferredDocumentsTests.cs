using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Deduplication.TestOffers;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// With <see cref="DedupOptions.DeferDocuments"/> the index reports its upserts without composing
/// them; <see cref="DuplicateIndex.Draft"/> and <see cref="PublishedOffer.Finish"/> then give the
/// document an index composing at once gives, whatever joins, changes or leaves the offer.
/// </summary>
public sealed class DeferredDocumentsTests
{
    [Fact]
    public void Offers_composed_later_are_those_composed_at_once_through_joins_updates_and_removals()
    {
        var eager = new Pair(deferred: false);
        var deferred = new Pair(deferred: true);
        var steps = new List<Func<DuplicateIndex, DedupResult>>
        {
            index => index.Add(Copy("200AAAA", "JOBSREGION", "R-1", hours: 2)),
            // The employer's own record arrives later and becomes canonical (its text, its origin).
            index => index.Add(Make("100AAAA")),
            index => index.Add(Copy("300AAAA", "EMPLOIDIRECT", "E-1", hours: 3)),
            // An agency's copy, created first: the earliest date, not the canonical record.
            index => index.Add(Copy("400AAAA", "INTERIMNET", "I-1", hours: -5, poster: PosterKind.Agency)),
            index => index.Update(Copy("300AAAA", "EMPLOIDIRECT", "E-1", hours: 30)),
            index => index.Remove(new MemberKey(Core.Offres.Sources.Plateforme, "100AAAA")),
            // Another job in another commune: an offer of its own.
            index => index.Add(Make("500AAAA", source: "JOBSREGION", sourceId: "R-2", commune: "69381", postalCode: "69001",
                poster: PosterKind.Partner, title: "Agent de sécurité", description: "Surveillance d'un site industriel la nuit.")),
            index => index.Remove(new MemberKey("JOBSREGION", "R-1")),
            index => index.Remove(new MemberKey("INTERIMNET", "I-1")),
            index => index.Remove(new MemberKey("EMPLOIDIRECT", "E-1")),
        };

        var upserts = 0;
        foreach (var step in steps)
        {
            var atOnce = step(eager.Index);
            var later = step(deferred.Index);
            Assert.Equal(atOnce.Outcome, later.Outcome);
            Assert.Equal(atOnce.PublishedId, later.PublishedId);
            Assert.Equal(atOnce.Changes.Select(c => (c.Kind, c.OffreId, c.IntoId)), later.Changes.Select(c => (c.Kind, c.OffreId, c.IntoId)));
            foreach (var (composed, reported) in atOnce.Changes.Zip(later.Changes))
            {
                if (composed.Offre is null)
                    continue;
                Assert.Null(reported.Offre);
                var draft = deferred.Index.Draft(reported.OffreId)!;
                Assert.True(deferred.Index.TryGetDocument(draft.Canonical.Key, out var whole, out _, out _));
                Assert.Equal(OffreJson.Serialize(composed.Offre), OffreJson.Serialize(PublishedOffer.Finish(draft, whole!)));
                upserts++;
            }
        }
        Assert.True(upserts >= 8, $"{upserts} offres composées");
        // Nothing published any more: no draft.
        Assert.Null(deferred.Index.Draft("100AAAA"));
    }

    /// <summary>An index and the fresh ids it is given (the same sequence for both indexes).</summary>
    private sealed class Pair
    {
        private int _next = 900;

        public Pair(bool deferred) =>
            Index = new DuplicateIndex(TestOffers.Sources, new FakeTimeProvider(new DateTimeOffset(T0)),
                new DedupOptions { DeferDocuments = deferred, NewOffreId = () => $"{++_next}ZZZZ" });

        public DuplicateIndex Index { get; }
    }
}
