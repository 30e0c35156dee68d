using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Normalisation;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Ingestion.Records;
using OpenEmploi.Ingestion.Verification;
using OpenEmploi.Ingestion.Verification.Fraud;

namespace OpenEmploi.Bench.Ingest;

/// <summary>
/// The import's parse and prepare stages alone, on one thread, without a store: the ingest
/// bench's partner feed (the same records) read from its file, then each record hashed,
/// normalised, verified and analysed for de-duplication as <c>FeedImporter</c> prepares it.
/// Each stage's CPU time and allocation per record, the best of <c>--rounds</c> rounds (the
/// machine is shared: the least disturbed round is the closest to the code's own cost), and a
/// digest of everything the stages produced (hashes, normalised offers, codes, scores, the
/// analyses' words and signatures) so that two builds can be shown to decide the same.
/// </summary>
internal static class PrepareBenchmark
{
    public static async Task<int> RunAsync(BenchOptions options)
    {
        if (!FeedFormats.TryParse(options.Format, out var format))
            throw new ArgumentException($"--format : json, jsonld, xml ou csv, pas {options.Format}");
        var data = ReferenceData.LoadDefault();
        var clock = new FixedClock(SeedStoreBenchmark.ReferenceNow.AddHours(1));
        var generator = new OffreGenerator(data, new OffreGeneratorOptions { Seed = options.Seed, Now = SeedStoreBenchmark.ReferenceNow });
        var feed = new PartnerFeed(generator, options.Base, options.Feed, options.Seed);
        var path = Path.Combine(Path.GetTempPath(), $"oe-prepare-{Environment.ProcessId}.{FeedFormats.Name(format)}");
        try
        {
            var writer = FeedWriters.For(format, new FeedWriterOptions
            {
                Extras = entry => feed.SiretOf(entry.Id) is { } siret ? new FeedExtras(siret, null) : null,
            });
            await using (var file = File.Create(path))
                await writer.WriteAsync(feed.Main(), file);
            Console.WriteLine($"machine: {Machine.Describe()}");
            Console.WriteLine($"prepare: feed {options.Feed:N0} records ({FeedFormats.Name(format)}) of the ingest bench (base {options.Base:N0}), {options.Rounds} rounds, one thread");

            var verifier = new OffreVerifier(data.Rome, new VerifierOptions
            {
                TimeProvider = clock,
                TextIndex = new InMemoryTextEmployerIndex(),
                Salaries = SalaryDistribution.From((_, _) => null),
            });
            var index = new DuplicateIndex([PartnerFeed.Board], clock);
            (double Cpu, double Alloc) bestParse = (double.MaxValue, 0), bestPrepare = (double.MaxValue, 0);
            string? digest = null;
            for (var round = 0; round < Math.Max(1, options.Rounds); round++)
            {
                // A normaliser per round: its memos of titles and wordings start empty, as an
                // import's do, instead of holding every wording of the feed from the round before.
                var normaliser = new OffreNormaliser(data, clock);
                var (items, parseCpu, parseAlloc) = await ParseAsync(format, path);
                var (works, prepareCpu, prepareAlloc) = Prepare(items, normaliser, verifier, index);
                var records = items.Count;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"round {round + 1}: parse {parseCpu:F2} s of CPU, {parseAlloc / 1024.0 / records:F1} KiB per record; prepare {prepareCpu:F2} s of CPU, {prepareAlloc / 1024.0 / records:F1} KiB per record; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
                if (parseCpu < bestParse.Cpu)
                    bestParse = (parseCpu, parseAlloc / 1024.0 / records);
                if (prepareCpu < bestPrepare.Cpu)
                    bestPrepare = (prepareCpu, prepareAlloc / 1024.0 / records);
                var d = Digest(works);
                if (digest is not null && d != digest)
                    throw new InvalidOperationException("two rounds prepared differently");
                digest = d;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"best: parse {bestParse.Cpu:F2} s ({bestParse.Cpu * 1e6 / options.Feed:F0} µs, {bestParse.Alloc:F1} KiB per record); prepare {bestPrepare.Cpu:F2} s ({bestPrepare.Cpu * 1e6 / options.Feed:F0} µs, {bestPrepare.Alloc:F1} KiB per record); digest {digest}"));
        }
        finally
        {
            File.Delete(path);
        }
        return 0;
    }

    private sealed class Work(RawOffer? raw)
    {
        public RawOffer? Raw { get; } = raw;
        public string? Hash { get; set; }
        public NormalisationResult? Normalised { get; set; }
        public VerificationResult? Verification { get; set; }
        public TextAnalysis? Analysis { get; set; }
    }

    private static async Task<(List<FeedItem> Items, double Cpu, long Alloc)> ParseAsync(FeedFormat format, string path)
    {
        GC.Collect();
        var items = new List<FeedItem>();
        var alloc = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        await using (var input = File.OpenRead(path))
        {
            await foreach (var item in FeedReaders.For(format).ReadAsync(input))
                items.Add(item);
        }
        return (items, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - alloc);
    }

    // As RecordProcessor.Prepare and FeedImporter's prepare stage, for a partner that consented.
    private static (List<Work> Works, double Cpu, long Alloc) Prepare(List<FeedItem> items, OffreNormaliser normaliser, OffreVerifier verifier, DuplicateIndex index)
    {
        GC.Collect();
        var works = new List<Work>(items.Count);
        var alloc = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        foreach (var item in items)
        {
            var work = new Work((item as RawOfferItem)?.Offer);
            works.Add(work);
            if (work.Raw is not { } raw)
                continue;
            work.Hash = RawOfferHash.Of(raw);
            var poster = raw.Employer.IsAgency == true ? PosterKind.Agency : PosterKind.Partner;
            work.Normalised = normaliser.Normalise(raw, PartnerFeed.Board.Code, poster);
            if (work.Normalised.IsRejected)
                continue;
            work.Verification = verifier.Verify(work.Normalised.Offer!);
            if (work.Verification is { Decision: not VerificationDecision.Block, Fraud.Hold: false })
                work.Analysis = index.Analyse(work.Normalised.Offer!);
        }
        return (works, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - alloc);
    }

    private static string Digest(List<Work> works)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder();
        foreach (var work in works)
        {
            text.Clear().Append(work.Hash).Append('|');
            if (work.Normalised is { } n)
            {
                foreach (var r in n.Rejections)
                    text.Append(r.Field).Append(':').Append(r.Message).Append(';');
                foreach (var note in n.Notes)
                    text.Append(note.Field).Append(':').Append(note.Message).Append(';');
                if (n.Offer is { } offer)
                {
                    text.Append(OffreJson.Serialize(offer.Offre)).Append('|').Append(offer.Siret).Append('|').Append(offer.Poster)
                        .Append('|').Append(offer.Entry.AppellationCode).Append(offer.Entry.Departement).Append(offer.Entry.Region);
                }
            }
            if (work.Verification is { } v)
            {
                text.Append('|').Append(string.Join(' ', v.Codes)).Append('|').Append(v.Fraud.Score).Append('|').Append(v.Completeness.Total)
                    .Append('|').Append(v.Decision).Append('|').Append(v.Fraud.Hold);
                foreach (var violation in v.Violations)
                    text.Append(violation.Reason).Append(';');
            }
            if (work.Analysis is { } a)
            {
                var words = a.LineWordEnds.Length == 0 ? a.TitleWords : a.LineWordEnds[^1];
                var shingles = a.LineShingleEnds.Length == 0 ? a.TitleShingles : a.LineShingleEnds[^1];
                text.Append('|').Append(a.TitleWords).Append(',').Append(string.Join(',', a.LineWordEnds)).Append(',').Append(string.Join(',', a.LineShingleEnds));
                foreach (var w in a.Words.AsSpan(0, words))
                    text.Append(w).Append(',');
                foreach (var s in a.Shingles.AsSpan(0, shingles))
                    text.Append(s).Append(',');
                a.Release();
            }
            sha.AppendData(Encoding.UTF8.GetBytes(text.Append('\n').ToString()));
        }
        return Convert.ToHexString(sha.GetHashAndReset())[..16];
    }

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
    }
}
