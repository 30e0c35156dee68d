using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Deduplication;
using static OpenEmploi.Ingestion.Tests.Deduplication.TestOffers;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>An index with a document reader keeps only fingerprints: released documents are read back when an offer is recomposed.</summary>
public sealed class ReleasedDocumentsTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(T0));

    /// <summary>The store as the pipeline's reader sees it: what was written, read back as a new object each time.</summary>
    private sealed class WrittenDocuments : IMemberDocuments
    {
        public Dictionary<MemberKey, string> Written { get; } = [];

        public List<MemberKey> Reads { get; } = [];

        public Offre Read(MemberKey key, string offerId)
        {
            Reads.Add(key);
            return OffreJson.Deserialize(Written[key]);
        }
    }

    [Fact]
    public void A_copy_of_a_released_member_is_published_from_the_documents_read_back()
    {
        var store = new WrittenDocuments();
        var index = new DuplicateIndex(TestOffers.Sources, _time, new DedupOptions { Documents = store });
        var original = Make("100AAAA");
        index.Add(original);
        store.Written[MemberKey.Of(original)] = OffreJson.Serialize(original.Offre);
        index.ReleaseDocuments();

        var copy = index.Add(Copy("200AAAA", "JOBSREGION", "R-1"));

        Assert.Equal(DedupOutcome.Duplicate, copy.Outcome);
        // The platform's own record stays canonical: its document, read back, is the one published.
        Assert.Equal([MemberKey.Of(original)], store.Reads);
        var published = Assert.Single(copy.Changes).Offre!;
        Assert.Equal("100AAAA", published.Id);
        Assert.Equal(original.Offre.Description, published.Description);
        Assert.Equal(["JobsRégion"], published.OrigineOffre!.Partenaires!.Select(p => p.Nom));

        // Read once, then held until the next release.
        index.Published("100AAAA");
        Assert.Single(store.Reads);
        index.ReleaseDocuments();
        index.Published("100AAAA");
        Assert.Equal(2, store.Reads.Count);
    }

    [Fact]
    public void Without_a_reader_every_document_stays()
    {
        var index = new DuplicateIndex(TestOffers.Sources, _time);
        index.Add(Make("100AAAA"));
        index.ReleaseDocuments();

        var copy = index.Add(Copy("200AAAA", "JOBSREGION", "R-1"));

        Assert.Equal("100AAAA", Assert.Single(copy.Changes).Offre!.Id);
    }
}
