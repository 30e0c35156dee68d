using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Records;
using Xunit.Abstractions;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// Indicative speed of signatures + candidate lookup on one thread (the specification asks for
/// 10,000 offers/s per core), and of the whole Add, in offers per CPU-second of the measuring
/// thread (<see cref="ThreadClock"/>) so that a busy machine distorts it less. Prints, never
/// asserts time: run it in Release (<c>dotnet test -c Release --filter Throughput</c>, sizes from
/// OPENEMPLOI_DEDUP_BENCH=base,probe).
/// </summary>
public sealed class ThroughputTests(ITestOutputHelper output)
{
    [Fact]
    public void Throughput_of_signatures_and_candidate_lookup()
    {
        var sizes = (Environment.GetEnvironmentVariable("OPENEMPLOI_DEDUP_BENCH") ?? "20000,5000").Split(',').Select(int.Parse).ToArray();
        var (baseSize, probeSize) = (sizes[0], sizes[1]);
        var offers = EvaluationTests.Generator.Value.GenerateDetailed(100_000, baseSize + probeSize).Select(Wrap).ToList();

        var builder = new FingerprintBuilder(new SourceBoilerplate());
        var candidates = new CandidateIndex();
        for (var i = 0; i < baseSize; i++)
            candidates.Insert(i, builder.Build(offers[i], learn: true));

        var found = new List<Candidate>();
        long met = 0;
        var clock = Stopwatch.StartNew();
        var cpu = ThreadClock.Seconds();
        for (var i = baseSize; i < offers.Count; i++)
        {
            var print = builder.Build(offers[i], learn: true);
            found.Clear();
            candidates.Candidates(print, -1, found);
            met += found.Count;
        }
        cpu = ThreadClock.Seconds() - cpu;
        clock.Stop();
        var lookup = probeSize / cpu;
        var lookupWall = probeSize / clock.Elapsed.TotalSeconds;

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var index = new DuplicateIndex(Partenaires.All, time);
        cpu = ThreadClock.Seconds();
        foreach (var offer in offers)
            index.Add(offer);
        cpu = ThreadClock.Seconds() - cpu;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);

        output.WriteLine($"base {baseSize:N0} offers, {probeSize:N0} looked up, {(Debugger.IsAttached ? "debugger" : "no debugger")}");
        output.WriteLine($"signatures + candidate lookup: {lookup:N0} offers per CPU-second of one thread ({lookupWall:N0}/s wall clock), {met / (double)probeSize:F1} candidates per offer");
        output.WriteLine($"whole Add (verification, clusters, published document): {offers.Count / cpu:N0} offers per CPU-second");
        output.WriteLine($"index memory beside the documents: {(after - before) / (double)offers.Count:N0} bytes per member");
        Assert.True(lookup > 0);
    }

    private static NormalisedOffer Wrap(OffreGeneree generated) =>
        new(generated.Entry, new RawOffer { SourceId = generated.Entry.SourceId }, PosterKind.Employer, generated.Employeur.Siret, []);
}
