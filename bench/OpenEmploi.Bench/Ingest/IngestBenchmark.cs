using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.DataGen.Offres;
using OpenEmploi.Ingestion.Deduplication;
using OpenEmploi.Ingestion.Feeds;
using OpenEmploi.Ingestion.Pipeline;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Ingestion;

namespace OpenEmploi.Bench.Ingest;

/// <summary>
/// Issue #5's figure: a partner feed imported end to end (parse → normalise → verify →
/// de-duplicate → store) into a generated base, on SQLite or PostgreSQL. Seeds (or copies) the
/// base, writes the board's previous feed and its feed (<see cref="PartnerFeed"/>) to temporary
/// files, registers the board, then imports the previous feed, the feed, and the feed again
/// (all unchanged), each in its own session as `openemploi import` runs it, timing the session's
/// opening (the de-duplication index loaded from the store) apart from the import.
/// </summary>
internal static class IngestBenchmark
{
    // The imports happen an hour after the generated base's reference time.
    private static readonly DateTime ImportTime = SeedStoreBenchmark.ReferenceNow.AddHours(1);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        if (!FeedFormats.TryParse(options.Format, out var format))
            throw new ArgumentException($"--format : json, jsonld, xml ou csv, pas {options.Format}");
        var baseSize = options.Base;
        var feedSize = options.Feed;
        Console.WriteLine($"machine: {Machine.Describe()}");
        Console.WriteLine($"ingest: base {baseSize:N0} offers, feed {feedSize:N0} records ({FeedFormats.Name(format)}), store {location.Display}, batches of {options.BatchSize:N0} records, up to {options.BatchesPerCommit} per commit{options.TakeInline switch { true => ", batches taken on the deciding thread (--take-inline true)", false => ", batches taken ahead (--take-inline false)", null => ", batches taken as the store's default" }}");

        await PrepareBaseAsync(location, baseSize, options);
        var clock = new FixedClock(ImportTime);
        await using (var ingestion = IngestionStoreFactory.Open(location, clock))
        {
            await ingestion.UpsertSourceAsync(new SourceSettings(
                PartnerFeed.Board, SourceSettings.Partner, MultiDiffusion: true, null, FeedFormats.Name(format), null, null));
        }

        var data = ReferenceData.LoadDefault();
        var generator = new OffreGenerator(data, new OffreGeneratorOptions { Seed = options.Seed, Now = SeedStoreBenchmark.ReferenceNow });
        var feed = new PartnerFeed(generator, baseSize, feedSize, options.Seed);
        var folder = Directory.CreateTempSubdirectory("oe-ingest-");
        try
        {
            var extension = "." + FeedFormats.Name(format);
            var previousPath = Path.Combine(folder.FullName, "previous" + extension);
            var mainPath = Path.Combine(folder.FullName, "feed" + extension);
            var watch = Stopwatch.StartNew();
            await WriteFeedAsync(format, feed, feed.Previous(), previousPath);
            await WriteFeedAsync(format, feed, feed.Main(), mainPath);
            Console.WriteLine($"feeds written in {watch.Elapsed.TotalSeconds:F1} s: previous {feed.PreviousSize:N0} records ({MiB(previousPath)}), "
                + $"feed {feedSize:N0} records ({MiB(mainPath)}): {string.Join(", ", feed.Counts().OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value:N0}"))}");

            var runs = new List<RunFigures>();
            if (options.Runs.Contains("previous"))
                runs.Add(await ImportAsync("previous feed", location, data, clock, previousPath, format, options.BatchesPerCommit, options.BatchSize, options.TakeInline));
            if (options.Runs.Contains("feed"))
                runs.Add(await ImportAsync("feed", location, data, clock, mainPath, format, options.BatchesPerCommit, options.BatchSize, options.TakeInline));
            if (options.Runs.Contains("again"))
                runs.Add(await ImportAsync("feed again (unchanged)", location, data, clock, mainPath, format, options.BatchesPerCommit, options.BatchSize, options.TakeInline));
            Report(location, baseSize, feedSize, format, runs);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
        return 0;
    }

    private static async Task WriteFeedAsync(FeedFormat format, PartnerFeed feed, IEnumerable<Core.Offres.OffreEntry> entries, string path)
    {
        var writer = FeedWriters.For(format, new FeedWriterOptions
        {
            Extras = entry => feed.SiretOf(entry.Id) is { } siret ? new FeedExtras(siret, null) : null,
        });
        await using var file = File.Create(path);
        await writer.WriteAsync(entries, file);
    }

    /// <summary>One import in its own session, as the CLI runs it.</summary>
    private static async Task<RunFigures> ImportAsync(
        string name, StoreLocation location, ReferenceData data, TimeProvider clock, string path, FeedFormat format, int batchesPerCommit, int batchSize, bool? takeInline)
    {
        GC.Collect();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        await using var ingestion = IngestionStoreFactory.Open(location, clock);
        var gcBefore = GcFigures.Now();
        var cpuBefore = CpuTime();
        var opening = Stopwatch.StartNew();
        await using var session = await IngestionSession.OpenAsync(ingestion, data, clock, new IngestionOptions { MaxBatchesPerCommit = batchesPerCommit, BatchSize = batchSize, TakeAhead = !takeInline });
        Console.WriteLine($"{name}: batches taken {(session.Engine.Options.TakesAhead(location.Kind) ? "ahead, on a stage of their own" : "inline, on the deciding thread")}");
        opening.Stop();
        var heapLoaded = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"{name}: session opened in {opening.Elapsed.TotalSeconds:F1} s ({session.Engine.LoadedMembers:N0} members, "
            + $"{session.Engine.RecomputedPrints:N0} of them parsed and fingerprinted, the others from their stored prints; "
            + $"index load {session.Engine.LoadTime.TotalSeconds:F1} s, managed heap +{(heapLoaded - heapBefore) / (1024.0 * 1024.0):N0} MiB; GC {GcFigures.Now() - gcBefore})");
        var gcImport = GcFigures.Now();
        using var promotions = new GcPromotions();
        var cpuImport = CpuTime();
        Console.WriteLine($"{name}: session opening used {(cpuImport - cpuBefore).TotalSeconds:F1} s of CPU; load average {LoadAverage()}");

        var lastReport = Stopwatch.StartNew();
        var progress = new Progress<ImportCounters>(c =>
        {
            if (lastReport.Elapsed < TimeSpan.FromSeconds(10))
                return;
            lastReport.Restart();
            Console.WriteLine($"  {c.Read:N0} records read");
        });
        await using var input = File.OpenRead(path);
        var statistics = session.Engine.Index.Statistics;
        var (matchedBefore, candidatesBefore) = (statistics.Matched, statistics.Candidates);
        using var checkpoints = new WalCheckpointFigures();
        var import = Stopwatch.StartNew();
        var result = await FeedImporter.ImportAsync(session.Engine, new ImportRequest(PartnerFeed.Board.Code, input, format, FullFeed: true, path), progress);
        import.Stop();
        var figures = new RunFigures(name, result, opening.Elapsed, import.Elapsed, heapLoaded - heapBefore, Machine.PeakWorkingSetMiB())
        {
            ImportCpu = CpuTime() - cpuImport,
        };
        var gcDuring = GcFigures.Now() - gcImport;
        Console.WriteLine($"{name}: {figures.Summary()}; GC during the import {gcDuring}, {gcDuring.PerRecord(result.Counters.Read)}; {promotions}");
        Console.WriteLine($"{name}: {checkpoints}");
        var matched = statistics.Matched - matchedBefore;
        if (matched > 0)
            Console.WriteLine($"{name}: de-duplication matched {matched:N0} records against {statistics.Candidates - candidatesBefore:N0} candidates ({(statistics.Candidates - candidatesBefore) / (double)matched:N0} per record)");
        return figures;
    }

    private static void Report(StoreLocation location, int baseSize, int feedSize, FeedFormat format, List<RunFigures> runs)
    {
        var date = TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"| store | base | run | records | session open (index load) | import | records/s (import) | records/s (open + import) | created | updated | unchanged | deleted | duplicates | blocked | held | rejected | errors | peak working set | date |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var c = run.Result.Counters;
            Console.WriteLine($"| {location.Kind} | {baseSize:N0} | {run.Name} ({FeedFormats.Name(format)}) | {c.Read:N0} | {run.Opening.TotalSeconds:F1} s | "
                + $"{run.Import.TotalSeconds:F1} s | {run.PerSecond:N0} | {run.PerSecondWithOpening:N0} | {c.Created:N0} | {c.Updated:N0} | {c.Unchanged:N0} | "
                + $"{c.Deleted:N0} | {c.Duplicates:N0} | {c.Blocked:N0} | {c.Held:N0} | {c.Rejected:N0} | {c.Errors:N0} | {run.PeakMiB:N0} MiB | {date} |");
        }
        _ = feedSize;
    }

    /// <summary>
    /// SQLite: a pristine base at PATH.base (seeded once, or copied from --from, then migrated)
    /// is copied to PATH before each run, so that runs start from the same base. PostgreSQL: an
    /// empty database is seeded; one holding offers is taken as it is (a copy of a pristine database,
    /// made with CREATE DATABASE … TEMPLATE, possibly after the previous feed's import); either gets
    /// its prints unless it has them (or --prints false).
    /// </summary>
    private static async Task PrepareBaseAsync(StoreLocation location, int baseSize, BenchOptions options)
    {
        var watch = Stopwatch.StartNew();
        if (location.Kind == StoreKind.Postgres)
        {
            long stored;
            await using (var store = OffreStoreFactory.Open(location, TimeProvider.System))
            {
                await store.MigrateAsync();
                stored = await store.CountOffersAsync();
            }
            if (stored == 0)
            {
                await SeedStoreBenchmark.RunAsync(new BenchOptions(baseSize, options.Seed, location.Setting));
                Console.WriteLine($"base seeded in {watch.Elapsed.TotalSeconds:F1} s");
            }
            else
            {
                Console.WriteLine($"base taken as it is: {stored:N0} live offers");
            }
            if (!options.NoPrints)
                await BackfillPrintsAsync(location);
            return;
        }
        var path = location.SqlitePath;
        var pristine = StoreLocation.Sqlite(path + ".base");
        if (!await HoldsFreshBaseAsync(pristine, baseSize))
        {
            DeleteSqlite(pristine.SqlitePath);
            if (options.From is { } from)
            {
                Console.WriteLine($"copying {from} to {pristine.SqlitePath}");
                File.Copy(from, pristine.SqlitePath);
                if (!await HoldsFreshBaseAsync(pristine, baseSize))
                    throw new InvalidOperationException($"{from} ne contient pas exactement {baseSize:N0} offres générées.");
            }
            else
            {
                await SeedStoreBenchmark.RunAsync(new BenchOptions(baseSize, options.Seed, pristine.Setting));
            }
        }
        if (!options.NoPrints)
            await BackfillPrintsAsync(pristine);
        watch.Restart();
        DeleteSqlite(path);
        File.Copy(pristine.SqlitePath, path);
        Console.WriteLine($"base {pristine.SqlitePath} copied to {path} in {watch.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>
    /// The backfill of migration 12, once per pristine base: a session opened on it stores every
    /// member's print, which every run's first session then loads.
    /// </summary>
    private static async Task BackfillPrintsAsync(StoreLocation pristine)
    {
        if (await HoldsPrintsAsync(pristine))
            return;
        var watch = Stopwatch.StartNew();
        var cpu = CpuTime();
        await using (var ingestion = IngestionStoreFactory.Open(pristine, new FixedClock(ImportTime)))
        await using (var session = await IngestionSession.OpenAsync(ingestion, ReferenceData.LoadDefault(), new FixedClock(ImportTime)))
            Console.WriteLine($"prints stored in the pristine base (backfill): {session.Engine.RecomputedPrints:N0} members in {watch.Elapsed.TotalSeconds:F1} s, "
                + $"{(CpuTime() - cpu).TotalSeconds:F1} s of CPU");
    }

    /// <summary>Whether the base's offers have their stored prints (the first one streamed tells: the backfill stores them all at once).</summary>
    private static async Task<bool> HoldsPrintsAsync(StoreLocation location)
    {
        await using var ingestion = IngestionStoreFactory.Open(location, TimeProvider.System);
        await foreach (var offer in ingestion.StreamUningestedMembersAsync(StoredPrint.Version))
            return offer.Print is not null;
        return true;
    }

    /// <summary>A migrated store with exactly <paramref name="offers"/> offers and nothing ingested yet.</summary>
    private static async Task<bool> HoldsFreshBaseAsync(StoreLocation location, int offers)
    {
        if (!File.Exists(location.SqlitePath))
            return false;
        await using (var store = OffreStoreFactory.Open(location, TimeProvider.System))
        {
            await store.MigrateAsync();
            if (await store.CountOffersAsync() != offers)
                return false;
        }
        await using var ingestion = IngestionStoreFactory.Open(location, TimeProvider.System);
        await foreach (var _ in ingestion.StreamRowsAsync())
            return false;
        return true;
    }

    private static void DeleteSqlite(string path)
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            if (File.Exists(path + suffix))
                File.Delete(path + suffix);
        }
    }

    private static string MiB(string path) => $"{new FileInfo(path).Length / (1024.0 * 1024.0):N0} MiB";

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>The machine's 1-minute load average: figures taken on a busy machine say so.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private sealed record RunFigures(string Name, ImportResult Result, TimeSpan Opening, TimeSpan Import, long HeapLoaded, double PeakMiB)
    {
        /// <summary>CPU the process used during the import (all its threads): what a busy machine does not inflate.</summary>
        public TimeSpan ImportCpu { get; init; }

        public double PerSecond => Result.Counters.Read / Import.TotalSeconds;

        public double PerSecondWithOpening => Result.Counters.Read / (Import + Opening).TotalSeconds;

        public string Summary()
        {
            var c = Result.Counters;
            var s = Result.Stages;
            return $"stages: known rows {s.Known.TotalSeconds:F1} s, parse {s.Parse.TotalSeconds:F1} s, prepare {s.Prepare.TotalSeconds:F1} s (waited for {s.PrepareWait.TotalSeconds:F1} s), "
                + $"decide {s.Decide.TotalSeconds:F1} s ({s.DecideCpu.TotalSeconds:F1} s of its thread's CPU), close {s.Close.TotalSeconds:F1} s, take {s.Take.TotalSeconds:F1} s (reads {s.TakeReads.TotalSeconds:F1}, rows {s.TakeRows.TotalSeconds:F1}, offers {s.TakeOffers.TotalSeconds:F1} s; decisions waited for it {s.TakeWait.TotalSeconds:F1} s), write {s.Write.TotalSeconds:F1} s in {s.Commits:N0} commits (waited for {s.WriteWait.TotalSeconds:F1} s)\n  "
                + $"{c.Read:N0} records in {Import.TotalSeconds:F1} s = {PerSecond:N0} records/s ({PerSecondWithOpening:N0}/s with the session's opening); "
                + $"created {c.Created:N0}, updated {c.Updated:N0}, unchanged {c.Unchanged:N0}, deleted {c.Deleted:N0}, duplicates {c.Duplicates:N0}, "
                + $"blocked {c.Blocked:N0}, held {c.Held:N0}, rejected {c.Rejected:N0}, errors {c.Errors:N0}; peak working set {PeakMiB:N0} MiB; "
                + $"import CPU {ImportCpu.TotalSeconds:F1} s = {c.Read / ImportCpu.TotalSeconds:N0} records per CPU-second, load average {LoadAverage()}";
        }
    }

    private readonly record struct GcFigures(TimeSpan Pause, int Gen0, int Gen1, int Gen2, long Allocated)
    {
        public static GcFigures Now() =>
            new(GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalAllocatedBytes(precise: false));

        public static GcFigures operator -(GcFigures a, GcFigures b) =>
            new(a.Pause - b.Pause, a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.Allocated - b.Allocated);

        public override string ToString() =>
            $"pauses {Pause.TotalSeconds:F1} s, collections {Gen0}/{Gen1}/{Gen2} (gen 0/1/2), {Allocated / (1024.0 * 1024.0):N0} MiB allocated ({(GCSettings.IsServerGC ? "server" : "workstation")} GC)";

        /// <summary>Managed bytes allocated (all threads) per record of a run.</summary>
        public string PerRecord(long records) => records > 0 ? $"{Allocated / 1024.0 / records:N1} KiB allocated per record" : "";
    }

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
    }
}
