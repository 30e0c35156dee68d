using Microsoft.Extensions.Time.Testing;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// The fingerprint's text analysis runs ahead, in parallel (<see cref="DuplicateIndex.Prepare"/>),
/// and the index loads on every core learning only what its boilerplate tables keep: neither may
/// change a decision. Small boilerplate windows make the tables change within the set.
/// </summary>
public sealed class PreparedFingerprintTests
{
    private static readonly DedupOptions Options = new() { Boilerplate = new BoilerplateOptions { MinAds = 10, RecentAds = 60 } };

    [Fact]
    public void Offers_prepared_in_parallel_are_decided_as_offers_added_directly()
    {
        var set = EvaluationSet.Build(EvaluationTests.Generator.Value, EvaluationTests.Seed, 600).Select(o => o.Offer).ToList();
        var direct = NewIndex();
        var prepared = NewIndex();
        Parallel.ForEach(set, prepared.Prepare);

        var joined = 0;
        foreach (var offer in set)
        {
            var expected = direct.Add(offer);
            var actual = prepared.Add(offer);
            Assert.Equal(Describe(expected), Describe(actual));
            joined += expected.Outcome == DedupOutcome.Duplicate ? 1 : 0;
        }
        Assert.True(joined > 50, $"{joined} duplicates only: the set should have copies");
        // Updates take the same path: prepared again, after the tables moved on.
        foreach (var offer in set.Take(100))
            prepared.Prepare(offer);
        foreach (var offer in set.Take(100))
            Assert.Equal(Describe(direct.Update(offer)), Describe(prepared.Update(offer)));
    }

    [Fact]
    public void Loading_learns_the_boilerplate_of_every_source_as_counting_every_member_would()
    {
        var set = EvaluationSet.Build(EvaluationTests.Generator.Value, EvaluationTests.Seed, 400).Select(o => o.Offer).ToList();
        var members = set.Select(o => new StoredMember(o, o.Offre.Id)).ToList();
        var index = DuplicateIndex.Load(members, TestOffers.Sources.Concat(Partenaires.All), new FakeTimeProvider(new DateTimeOffset(set[^1].Offre.DateCreation)), Options);

        var everything = new SourceBoilerplate(Options.Boilerplate);
        foreach (var offer in set)
            everything.Observe(offer.Entry.Source, DedupText.Normalise(offer.Offre.Description));
        var lines = 0;
        var boilerplate = 0;
        foreach (var offer in set)
        {
            foreach (var line in DedupText.Normalise(offer.Offre.Description).Split('\n'))
            {
                var expected = everything.IsBoilerplate(offer.Entry.Source, line);
                Assert.Equal(expected, index.Boilerplate.IsBoilerplate(offer.Entry.Source, line));
                lines++;
                boilerplate += expected ? 1 : 0;
            }
        }
        Assert.True(boilerplate > 0 && boilerplate < lines, $"{boilerplate} boilerplate lines of {lines}");
        Assert.True(set.GroupBy(o => o.Entry.Source).Any(g => g.Count() > Options.Boilerplate.RecentAds), "a source should have more ads than the window");

        // The loaded members match as freshly added ones would against the same tables.
        var copy = set[^1] with { Entry = set[^1].Entry with { SourceId = "COPIE-1", Source = "JOBSREGION" } };
        Assert.NotEqual(DedupOutcome.Unique, index.Add(copy).Outcome);
    }

    private static DuplicateIndex NewIndex() =>
        new(TestOffers.Sources.Concat(Partenaires.All), new FakeTimeProvider(new DateTimeOffset(TestOffers.T0)), Options with { NewOffreId = NewIds() });

    private static Func<string> NewIds()
    {
        var next = 0;
        return () => $"NEW{next++:D4}";
    }

    private static string Describe(DedupResult result) =>
        $"{result.Member} {result.Outcome} {result.PublishedId} {result.Layer} [{string.Join(", ", result.Changes.Select(c => $"{c.Kind} {c.OffreId} {c.IntoId}"))}] "
        + $"[{string.Join(", ", result.PossibleDuplicates.Select(p => p.OtherPublishedId))}]";
}
