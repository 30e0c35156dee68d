using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Deduplication.TestOffers;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>How members join, merge, leave and come back; the exact layers; rebuilding from the store.</summary>
public sealed class DuplicateIndexMatchingTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(T0));

    private DuplicateIndex NewIndex(DedupOptions? options = null) => new(Sources, _time, options);

    [Fact]
    public void A_member_matching_two_offers_merges_them_into_the_older()
    {
        var paragraphs = Description.Split('\n');
        var index = NewIndex();
        index.Add(Make("100AAAA", description: string.Join('\n', paragraphs[..2])));
        _time.Advance(TimeSpan.FromHours(1));
        var second = index.Add(Make("200AAAA", source: "JOBSREGION", sourceId: "R-1", poster: PosterKind.Partner, description: string.Join('\n', paragraphs[2..])));
        Assert.Equal("200AAAA", second.PublishedId);

        var bridge = index.Add(Make("300AAAA", source: "EMPLOIDIRECT", sourceId: "E-1", poster: PosterKind.Partner));
        Assert.Equal("100AAAA", bridge.PublishedId);
        Assert.Equal(
            [(PublishedChangeKind.Updated, "100AAAA", (string?)null), (PublishedChangeKind.MergedInto, "200AAAA", "100AAAA")],
            bridge.Changes.Select(c => (c.Kind, c.OffreId, c.IntoId)));
        Assert.Equal("100AAAA", index.PublishedIdOf(new MemberKey("JOBSREGION", "R-1")));
        Assert.Equal(1, index.PublishedCount);
    }

    [Fact]
    public void Transitivity_never_puts_two_communes_in_one_offer()
    {
        var index = NewIndex();
        index.Add(Make("100AAAA", siret: "12345678900011"));
        var otherCity = index.Add(Make("200AAAA", source: "JOBSREGION", sourceId: "R-1", siret: "12345678900011", commune: "69266", postalCode: "69100"));
        Assert.Equal(DedupOutcome.Unique, otherCity.Outcome);
        var departementOnly = index.Add(Make("300AAAA", source: "EMPLOIDIRECT", sourceId: "E-1", commune: null, postalCode: null));
        Assert.Equal(DedupOutcome.Duplicate, departementOnly.Outcome);
        Assert.DoesNotContain(departementOnly.Changes, c => c.Kind == PublishedChangeKind.MergedInto);
        Assert.Equal(2, index.PublishedCount);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void A_copy_given_with_only_its_departement_merges_either_way_with_the_original_in_its_commune(bool copyFirst, bool loaded)
    {
        // The lanes are keyed by commune: the copy without one must still meet the original, and
        // the same text in another commune of the département must still stay apart.
        var original = Make("100AAAA");
        var departementOnly = Copy("200AAAA", "JOBSREGION", "R-1");
        departementOnly.Offre.LieuTravail = new Core.Offres.LieuTravail { Libelle = "69 - département" };
        var otherCommune = Make("300AAAA", source: "EMPLOIDIRECT", sourceId: "E-1", poster: PosterKind.Partner, commune: "69266", postalCode: "69100");
        var (first, second) = copyFirst ? (departementOnly, original) : (original, departementOnly);
        var index = NewIndex();
        if (loaded)
        {
            var founder = index.Add(first);
            index = DuplicateIndex.Load([new StoredMember(first, founder.PublishedId!, null)], Sources, _time);
        }
        else
        {
            index.Add(first);
        }

        var joined = index.Add(second);
        Assert.Equal(DedupOutcome.Duplicate, joined.Outcome);
        Assert.Equal(first.Offre.Id, joined.PublishedId);
        var elsewhere = index.Add(otherCommune);
        Assert.Equal(DedupOutcome.Unique, elsewhere.Outcome);
        Assert.Equal(2, index.PublishedCount);
    }

    [Fact]
    public void A_repost_within_the_window_gets_its_old_id_back_and_not_after()
    {
        var index = NewIndex(new DedupOptions { NewOffreId = () => "999ZZZZ" });
        index.Add(Make("100AAAA", source: "JOBSREGION", sourceId: "R-1", poster: PosterKind.Partner));
        index.Remove(new MemberKey("JOBSREGION", "R-1"));
        _time.Advance(TimeSpan.FromDays(10));
        var repost = index.Add(Make("200AAAA", source: "JOBSREGION", sourceId: "R-2", poster: PosterKind.Partner));
        Assert.Equal(new PublishedChange(PublishedChangeKind.Created, "100AAAA"), Assert.Single(repost.Changes) with { Offre = null });

        index.Remove(new MemberKey("JOBSREGION", "R-2"));
        _time.Advance(TimeSpan.FromDays(61));
        var late = index.Add(Make("300AAAA", source: "JOBSREGION", sourceId: "R-3", poster: PosterKind.Partner));
        Assert.Equal("300AAAA", late.PublishedId);
        Assert.Equal(1, index.MemberCount);
    }

    [Fact]
    public void An_update_that_no_longer_matches_leaves_its_offer()
    {
        var index = NewIndex(new DedupOptions { NewOffreId = () => "999ZZZZ" });
        index.Add(Make("100AAAA"));
        index.Add(Copy("200AAAA", "JOBSREGION", "R-1"));
        var otherJob = Make("200AAAA", source: "JOBSREGION", sourceId: "R-1", poster: PosterKind.Partner, title: "Chauffeur livreur",
            description: "Entreprise de transport recrute un chauffeur livreur pour des tournées régionales. Permis C exigé, départ tôt le matin.");
        var result = index.Update(otherJob);
        Assert.Equal("200AAAA", result.PublishedId);
        Assert.Equal([(PublishedChangeKind.Created, "200AAAA"), (PublishedChangeKind.Updated, "100AAAA")],
            result.Changes.Select(c => (c.Kind, c.OffreId)).Order());
        Assert.Null(index.Published("100AAAA")!.OrigineOffre!.Partenaires);

        // The first member now leaves: the offer keeps its id for the other member, the leaver gets a new one.
        index.Update(Copy("200AAAA", "JOBSREGION", "R-1"));
        var leaver = index.Update(Make("100AAAA", title: "Chauffeur livreur", description: otherJob.Offre.Description));
        Assert.Equal("999ZZZZ", leaver.PublishedId);
        Assert.Equal("100AAAA", index.PublishedIdOf(new MemberKey("JOBSREGION", "R-1")));
    }

    [Fact]
    public void A_possible_duplicate_is_reported_and_not_merged()
    {
        var index = NewIndex();
        index.Add(Make("100AAAA"));
        var paragraphs = Description.Split('\n');
        var rewritten = paragraphs[0] + "\n" + paragraphs[1] + "\nVous travaillez le dimanche matin en alternance avec un collègue. " +
            "Salaire attractif selon expérience, tickets restaurant et participation aux transports. Prise de poste immédiate après un court entretien.";
        var result = index.Add(Make("200AAAA", source: "JOBSREGION", sourceId: "R-1", description: rewritten));
        Assert.Equal(DedupOutcome.Unique, result.Outcome);
        var possible = Assert.Single(result.PossibleDuplicates);
        Assert.Equal("100AAAA", possible.OtherPublishedId);
        Assert.InRange(possible.Jaccard, 0.4, 0.6);
    }

    [Fact]
    public void Exact_layers_match_by_content_hash_and_by_apply_url()
    {
        var index = NewIndex();
        index.Add(Make("100AAAA", applyUrl: "https://carrieres.martin.example/offres/77"));
        var exact = index.Add(Make("200AAAA", source: "JOBSREGION", sourceId: "R-1", poster: PosterKind.Partner));
        Assert.Equal(MatchLayer.ContentHash, exact.Layer);
        var rewritten = index.Add(Make("300AAAA", source: "EMPLOIDIRECT", sourceId: "E-1", poster: PosterKind.Partner,
            description: "Boulangerie de quartier cherche vendeur, contrat à durée indéterminée.",
            applyUrl: "http://www.carrieres.martin.example/offres/77/?utm_source=emploidirect&gclid=x"));
        Assert.Equal(MatchLayer.ApplyUrl, rewritten.Layer);
        Assert.Equal("100AAAA", rewritten.PublishedId);
    }

    [Fact]
    public void The_index_is_rebuilt_from_stored_members_as_it_was()
    {
        var offers = new[]
        {
            Make("100AAAA"), Copy("200AAAA", "JOBSREGION", "R-1"), Copy("300AAAA", "EMPLOIDIRECT", "E-1"),
            Make("400AAAA", source: "JOBSREGION", sourceId: "R-2", commune: "69266", postalCode: "69100"),
        };
        var index = NewIndex();
        foreach (var offer in offers)
            index.Add(offer);
        index.Remove(new MemberKey("EMPLOIDIRECT", "E-1"));

        var stored = offers.Select(o => new StoredMember(o, index.PublishedIdOf(MemberKey.Of(o))!,
            index.Contains(MemberKey.Of(o)) ? null : _time.GetUtcNow())).ToList();
        var loaded = DuplicateIndex.Load(stored, Sources, _time);
        foreach (var offer in offers)
            Assert.Equal(index.PublishedIdOf(MemberKey.Of(offer)), loaded.PublishedIdOf(MemberKey.Of(offer)));
        Assert.Equal(index.MembersOf("100AAAA"), loaded.MembersOf("100AAAA"));
        Assert.Equal(Core.Offres.OffreJson.Serialize(index.Published("100AAAA")!), Core.Offres.OffreJson.Serialize(loaded.Published("100AAAA")!));

        var late = loaded.Add(Copy("500AAAA", "INTERIMNET", "I-1"));
        Assert.Equal("100AAAA", late.PublishedId);
    }
}
