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

    [Fact]
    public void A_print_derived_from_the_prepared_analysis_is_the_print_of_the_document_parsed_back()
    {
        // The pipeline stores with each row the print a session's load computes from the stored
        // JSON (RowPrinter); it takes the text's part from the analysis prepared before the
        // decision. Byte for byte the same, whatever the boilerplate table drops.
        var set = EvaluationSet.Build(EvaluationTests.Generator.Value, EvaluationTests.Seed, 400).Select(o => o.Offer).ToList();
        var table = new SourceBoilerplate(Options.Boilerplate);
        var learner = new FingerprintBuilder(table);
        foreach (var offer in set)
            learner.Learn(offer);
        var analyser = new FingerprintBuilder(table);
        var builder = new FingerprintBuilder(table);
        var reused = 0;
        var dropping = 0;
        foreach (var offer in set)
        {
            var analysis = analyser.Analyse(offer);
            var parsed = ParsedBack(offer);
            var expected = StoredPrint.Encode(builder, builder.Build(parsed, learn: false), parsed, default, parsed.Entry.Source);
            var print = builder.Reuse(analysis, parsed);
            Assert.NotNull(print);
            Assert.Equal(expected, StoredPrint.Encode(builder, print, parsed, default, parsed.Entry.Source));
            // As the batch does once its prints are derived: the next offers' analyses get these
            // arrays back from the pool, longer than what they hold and with this offer's hashes
            // beyond their counts; their prints must still be exact.
            analysis.Release();
            reused++;
            dropping += StoredPrint.Decode(expected)!.Dropped.Any(b => b != 0) ? 1 : 0;
        }
        Assert.True(dropping > 20 && dropping < reused, $"{dropping} of {reused} prints drop boilerplate lines");
    }

    [Fact]
    public void A_released_analysis_is_never_read_again_and_the_index_builds_the_fingerprint_instead()
    {
        var set = EvaluationSet.Build(EvaluationTests.Generator.Value, EvaluationTests.Seed, 200).Select(o => o.Offer).ToList();
        var direct = NewIndex();
        var prepared = NewIndex();
        var analyses = set.Select(prepared.Analyse).ToList();
        // Half of them go back to the pool before their offer is decided (an offer fingerprinted
        // again after its batch was taken), and new analyses take their arrays.
        for (var i = 0; i < analyses.Count; i += 2)
            analyses[i].Release();
        var others = new FingerprintBuilder(prepared.Boilerplate);
        foreach (var offer in set.Take(50))
            others.Analyse(offer);

        Assert.True(analyses[0].IsReleased);
        Assert.Throws<ObjectDisposedException>(() => analyses[0].Signatures);
        analyses[0].Release();
        foreach (var offer in set)
            Assert.Equal(Describe(direct.Add(offer)), Describe(prepared.Add(offer)));
    }

    [Fact]
    public void An_analysis_of_another_text_is_not_reused()
    {
        var offer = EvaluationSet.Build(EvaluationTests.Generator.Value, EvaluationTests.Seed, 20)[0].Offer;
        var builder = new FingerprintBuilder(new SourceBoilerplate(Options.Boilerplate));
        var analysis = builder.Analyse(offer);

        var edited = ParsedBack(offer);
        edited.Offre.Description += "\nUne ligne de plus.";
        Assert.Null(builder.Reuse(analysis, edited));
        var retitled = ParsedBack(offer);
        retitled.Offre.Intitule = "Autre métier";
        Assert.Null(builder.Reuse(analysis, retitled));
        // Read from the raw record when the document had none: the document parsed back has no raw record.
        var fromRaw = offer with { Entry = offer.Entry with { Offre = Core.Offres.OffreJson.Deserialize(Core.Offres.OffreJson.SerializeToUtf8(offer.Offre)) } };
        fromRaw.Offre.Description = null;
        fromRaw.Raw.Description = offer.Offre.Description;
        Assert.Null(builder.Reuse(builder.Analyse(fromRaw), ParsedBack(fromRaw)));
        Assert.NotNull(builder.Reuse(analysis, ParsedBack(offer)));
    }

    /// <summary>The offer as a session's load reads it from the store: its JSON parsed for matching, no raw record.</summary>
    private static Records.NormalisedOffer ParsedBack(Records.NormalisedOffer offer)
    {
        ILoadedMember member = new StoredMemberDocument(Core.Offres.OffreJson.SerializeToUtf8(offer.Offre), offer.Entry.Source, offer.Entry.SourceId,
            offer.Entry.AppellationCode, offer.Entry.Departement, offer.Entry.Region, offer.Poster, offer.Siret, offer.Offre.Id);
        return member.Parse(whole: false);
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
