using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using static OpenEmploi.Ingestion.Tests.Deduplication.TestOffers;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>The life of one published offer: copies join, members are updated and removed, the canonical record.</summary>
public sealed class DuplicateIndexTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(T0));

    private DuplicateIndex NewIndex(DedupOptions? options = null) => new(Sources, _time, options);

    [Fact]
    public void A_copy_joins_the_offer_which_then_lists_every_source()
    {
        var index = NewIndex();
        var first = index.Add(Make("100AAAA"));
        Assert.Equal(DedupOutcome.Unique, first.Outcome);
        Assert.Equal(PublishedChangeKind.Created, Assert.Single(first.Changes).Kind);

        var second = index.Add(Copy("200AAAA", "JOBSREGION", "R-1"));
        Assert.Equal(DedupOutcome.Duplicate, second.Outcome);
        Assert.Equal("100AAAA", second.PublishedId);
        Assert.Equal(MatchLayer.MinHash, second.Layer);
        var change = Assert.Single(second.Changes);
        Assert.Equal(PublishedChangeKind.Updated, change.Kind);
        Assert.Equal("100AAAA", change.Offre!.Id);
        Assert.Equal("1", change.Offre.OrigineOffre!.Origine);
        Assert.Equal(["JobsRégion"], change.Offre.OrigineOffre.Partenaires!.Select(p => p.Nom));
        Assert.Equal(JobsRegion.Logo, change.Offre.OrigineOffre.Partenaires![0].Logo);
        Assert.Equal(T0, change.Offre.DateCreation);
        Assert.Equal(T0.AddHours(2), change.Offre.DateActualisation);

        var third = index.Add(Copy("300AAAA", "EMPLOIDIRECT", "E-9", hours: 5));
        Assert.Equal(["JobsRégion", "EmploiDirect"], third.Changes[0].Offre!.OrigineOffre!.Partenaires!.Select(p => p.Nom));
        Assert.Equal(T0.AddHours(6), third.Changes[0].Offre!.DateActualisation);
        Assert.Equal(1, index.PublishedCount);
        Assert.Equal(3, index.MembersOf("100AAAA").Count);
    }

    [Fact]
    public void The_offer_lives_until_its_last_member_is_removed()
    {
        var index = NewIndex();
        index.Add(Make("100AAAA"));
        index.Add(Copy("200AAAA", "JOBSREGION", "R-1"));

        var removeFirst = index.Remove(new MemberKey(Core.Offres.Sources.Plateforme, "100AAAA"));
        Assert.Equal(DedupOutcome.Removed, removeFirst.Outcome);
        var updated = Assert.Single(removeFirst.Changes);
        Assert.Equal(PublishedChangeKind.Updated, updated.Kind);
        // Still published under the first member's id, now from the partner's record.
        Assert.Equal("100AAAA", updated.Offre!.Id);
        Assert.Equal("2", updated.Offre.OrigineOffre!.Origine);
        Assert.Equal(T0.AddHours(1), updated.Offre.DateCreation);

        var removeLast = index.Remove(new MemberKey("JOBSREGION", "R-1"));
        Assert.Equal(new PublishedChange(PublishedChangeKind.Deleted, "100AAAA"), Assert.Single(removeLast.Changes));
        Assert.Equal(0, index.PublishedCount);
        Assert.Equal(DedupOutcome.Unknown, index.Remove(new MemberKey("JOBSREGION", "R-1")).Outcome);
    }

    [Fact]
    public void An_update_is_not_a_duplicate_and_moves_the_update_date()
    {
        var index = NewIndex();
        index.Add(Make("100AAAA"));
        index.Add(Copy("200AAAA", "JOBSREGION", "R-1"));
        var again = index.Add(Copy("200AAAA", "JOBSREGION", "R-1") with { });
        Assert.True(again.IsUpdate);

        var later = Make("201AAAA", source: "JOBSREGION", sourceId: "R-1", poster: PosterKind.Partner, created: T0.AddHours(1), updated: T0.AddDays(3));
        var result = index.Update(later);
        Assert.True(result.IsUpdate);
        Assert.Equal(DedupOutcome.Duplicate, result.Outcome);
        Assert.Equal(T0.AddDays(3), Assert.Single(result.Changes).Offre!.DateActualisation);
        Assert.True(MemberKey.IsUpdateOf(later, Copy("200AAAA", "JOBSREGION", "R-1")));
    }

    [Fact]
    public void The_canonical_record_is_the_employers_then_the_agencys_then_the_earliest()
    {
        var index = NewIndex();
        index.Add(Make("100AAAA", source: "JOBSREGION", sourceId: "R-1", poster: PosterKind.Partner, title: "Vendeur boulangerie (partenaire)"));
        var agency = index.Add(Make("200AAAA", source: "INTERIMNET", sourceId: "I-1", poster: PosterKind.Agency, title: "Vendeur boulangerie (agence)", created: T0.AddDays(1)));
        Assert.Equal("Vendeur boulangerie (agence)", agency.Changes[0].Offre!.Intitule);
        var employer = index.Add(Make("300AAAA", poster: PosterKind.Employer, title: "Vendeur boulangerie (employeur)", created: T0.AddDays(2)));
        var document = employer.Changes[0].Offre!;
        Assert.Equal("Vendeur boulangerie (employeur)", document.Intitule);
        Assert.Equal("100AAAA", document.Id);
        Assert.Equal(T0, document.DateCreation);
        Assert.Equal(["JobsRégion", "InterimNet"], document.OrigineOffre!.Partenaires!.Select(p => p.Nom));

        // Two partners: the earliest record is published.
        var partners = NewIndex();
        partners.Add(Make("400AAAA", source: "JOBSREGION", sourceId: "R-2", poster: PosterKind.Partner, title: "Vendeur en boulangerie - JobsRégion", created: T0.AddDays(1)));
        var earlier = partners.Add(Make("500AAAA", source: "EMPLOIDIRECT", sourceId: "E-2", poster: PosterKind.Partner, title: "Vendeur en boulangerie - EmploiDirect", created: T0));
        Assert.Equal("Vendeur en boulangerie - EmploiDirect", earlier.Changes[0].Offre!.Intitule);
        Assert.Equal("400AAAA", earlier.Changes[0].OffreId);
    }
}
