using System.Globalization;

namespace OpenEmploi.Bench;

internal static class BenchCommand
{
    private const string Usage = """
        usage:
          dotnet run -c Release --project bench/OpenEmploi.Bench -- generate --offers N [--seed S]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- seed-store --offers N --store STORE [--seed S]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- search --offers N --store sqlite:PATH [--postgres CONNECTION-STRING] [--queries Q] [--seed S] [--engines all|index] [--rounds R]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- ingest --base N --feed M --store STORE [--format xml|json|jsonld|csv] [--from SEEDED.db] [--prints true|false] [--runs previous,feed,again|none] [--seed S]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- ingest-prepare --base N --feed M [--format xml|json|jsonld|csv] [--rounds R] [--seed S]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- dedup-memory --store STORE
          dotnet run -c Release --project bench/OpenEmploi.Bench -- stats-generate --scale S --store STORE [--seed S]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- stats-compute --store STORE [--quarter 2026T3]   (inputs from `openemploi stats generate`)
          dotnet run -c Release --project bench/OpenEmploi.Bench -- stats-read --store STORE [--quarter 2026T3] [--parallelism P[,P…]]   (reading and counting only)
          dotnet run -c Release --project bench/OpenEmploi.Bench -- export --offers N --store STORE [--seed S] [--parallelism P[,P…]]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- http --offers N --store sqlite:PATH [--rate R[,R…]] [--connections C] [--duration SECONDS] [--queries Q] [--seed S] [--windows 20,150] [--server PATH/OpenEmploi.Web.dll] [--server-env NAME=VALUE]…
          dotnet run -c Release --project bench/OpenEmploi.Bench -- portal --offers N --store sqlite:PATH [--concurrency C] [--duration SECONDS] [--queries Q] [--seed S] [--server PATH/OpenEmploi.Web.dll]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- sync --store sqlite:PATH (--offers N | --from SEEDED.db) [--feed M] [--mirror true|false] [--server PATH/OpenEmploi.Web.dll]
          dotnet run -c Release --project bench/OpenEmploi.Bench -- companies --establishments N [--queries Q] [--seed S]
        companies: the company finder's in-memory search (docs/company-finder.md): N synthetic establishments with
        seven and a half years of hires over metropolitan France, the anchor's prediction, the index, then Q queries
        (default 1,000) of a national mix — an occupation around a commune drawn by population, radius 5 to 200 km,
        default order mostly, some sorted or filtered or on later pages — after a warm-up pass; prints p50/p95/p99
        against the 10 ms p99 target
        STORE: sqlite:PATH (the file is replaced) or postgres:CONNECTION-STRING (the database must be empty)
        search: seeds PATH with N offers unless it holds exactly N, builds the index and the SQL baselines
        (PATH.search.db, and tables in the PostgreSQL database), runs the query mix on each and checks they agree;
        --engines index runs the index alone (PATH.search.db is built only if absent, to draw the mix from);
        --rounds R times the whole mix R times on the index (one pass on the baselines); a fingerprint of every result is printed
        http: seeds PATH as search does and draws the same mix from PATH.search.db, creates a bench application,
        starts the Release build of src/OpenEmploi.Web as its own process and loads GET …/offres/search with wrk
        (installed with apt when missing and root) on loopback, 20 then 150 results per call (--windows); C defaults
        to 64 connections, SECONDS to 30; --server runs another build of the platform, --server-env (repeatable)
        sets the server's environment (runtime settings such as DOTNET_gcServer=0); --rate R replaces wrk by the
        harness's own open-loop generator: R requests/s on a pool of C connections (each R in turn, comma-separated),
        latency from each request's intended send time, on the budget's window (20 results) unless --windows is given
        export: seeds an empty STORE with N offers (35 % with recruiters' contacts; a store holding exactly N is
        reused) and times one export of the anonymised open dataset (docs/open-data.md) per --parallelism (threads
        that anonymise; default: the cores), with the process's CPU seconds (user + sys) per offer and the load average
        ingest: a base of N generated offers (SQLite: kept pristine at PATH.base, seeded once or copied from --from,
        then copied to PATH for each run; PostgreSQL: an empty database is seeded, one holding offers is used as it is
        — copy a pristine one with CREATE DATABASE … TEMPLATE), then a partner board's previous
        feed (M/5 new jobs), its full feed of M records (new jobs, copies of base offers, previous records unchanged
        or updated, blocked, rejected and unreadable records) and the same feed again, each imported in its own
        session; prints the session's opening (index load), the import's records/s, counters and memory. SQLite: the
        pristine base gets its members' stored prints once (the backfill of migration 12) unless --prints false;
        --runs picks the imports (previous,feed,again; none: only prepare the base, prints included, on PostgreSQL too)
        portal: seeds PATH and draws the mix as http does, starts the Release server and requests the mix as job
        seekers' /offres search pages (words, place and radius, filters, sort, pages 2-5) from C clients in a closed
        loop (default 4) for SECONDS (30) after 5 s of warm-up; prints pages/s and p50/p95/p99 against the 50 ms p95 budget
        sync: the sync feed over HTTP (Release server as its own process): the whole snapshot, plain and gzip (the client
        counts lines without parsing), the catch-up of the last M change-log entries (--feed, default 10,000) in pages of
        10,000, and the reference mirror building a SQLite copy (--mirror false to skip); --from copies a seeded file to PATH
        dedup-memory: loads the ingestion engine from STORE (read only) and prints the managed heap its
        de-duplication index holds, structure by structure
        stats-generate: the statistical inputs at scale S (1 = national; docs/statistics-inputs.md), years 2024-2026 up to
        2026-10-31: generation alone (rows/s per table), then generation + load into STORE (replaced, or an empty
        PostgreSQL database), with the peak working set
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }
        var options = BenchOptions.Parse(args.AsSpan(1));
        switch (args[0])
        {
            case "generate":
                GeneratorBenchmark.Run(options);
                return 0;
            case "stats-compute":
                await StatisticsComputeBenchmark.RunAsync(options);
                return 0;
            case "stats-read":
                await StatisticsReadBenchmark.RunAsync(options);
                return 0;
            case "seed-store":
                await SeedStoreBenchmark.RunAsync(options);
                return 0;
            case "search":
                return await Search.SearchBenchmark.RunAsync(options);
            case "http":
                return await Http.HttpBenchmark.RunAsync(options);
            case "export":
                return await ExportBenchmark.RunAsync(options);
            case "ingest":
                return await Ingest.IngestBenchmark.RunAsync(options);
            case "sync":
                return await Sync.SyncBenchmark.RunAsync(options);
            case "portal":
                return await Portal.PortalBenchmark.RunAsync(options);
            case "stats-generate":
                return await StatisticsGenerateBenchmark.RunAsync(options);
            case "companies":
                return await CompanyFinderBenchmark.RunAsync(options);
            case "ingest-prepare":
                return await Ingest.PrepareBenchmark.RunAsync(options);
            case "dedup-memory":
                return await Ingest.DedupMemoryBenchmark.RunAsync(options);
            default:
                await Console.Error.WriteLineAsync($"benchmark inconnu : {args[0]}\n{Usage}");
                return 2;
        }
    }
}

internal sealed record BenchOptions(int Offers, int Seed, string? Store)
{
    /// <summary>search: PostgreSQL connection string of the second baseline (tables are replaced).</summary>
    public string? Postgres { get; init; }

    /// <summary>search: how many queries of the mix to run on each engine.</summary>
    public int Queries { get; init; } = 1_000;

    /// <summary>search: true to time the index alone (--engines index), without the SQL baselines.</summary>
    public bool IndexOnly { get; init; }

    /// <summary>search: how many times the index's timed pass runs the whole mix (latencies pooled over the rounds).</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>http: wrk's concurrent connections.</summary>
    public int Connections { get; init; } = 64;

    /// <summary>portal: concurrent clients of the closed loop.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>http: length of each measured wrk run.</summary>
    public int DurationSeconds { get; init; } = 30;

    /// <summary>http: the server's OpenEmploi.Web.dll, instead of the repository's Release build.</summary>
    public string? Server { get; init; }

    /// <summary>http: environment variables NAME=VALUE given to the server (e.g. DOTNET_gcServer=0), to try runtime settings.</summary>
    public IReadOnlyList<string> ServerEnvironment { get; init; } = [];

    /// <summary>http: the windows (results per call) to load, one wrk run each, in this order.</summary>
    public IReadOnlyList<int> Windows { get; init; } = [20, 150];

    /// <summary>http: fixed rates (requests/s) for the open-loop generator, in this order; empty: wrk's closed loop.</summary>
    public IReadOnlyList<double> Rates { get; init; } = [];

    /// <summary>companies: establishments in the synthetic base.</summary>
    public int Establishments { get; init; } = 100_000;

    /// <summary>ingest: offers in the base.</summary>
    public int Base { get; init; } = 50_000;

    /// <summary>ingest: records in the partner feed.</summary>
    public int Feed { get; init; } = 10_000;

    /// <summary>ingest: the feed's format (json, jsonld, xml, csv).</summary>
    public string Format { get; init; } = "xml";

    /// <summary>ingest, sync: a SQLite file already seeded with the base, copied instead of seeding (never modified).</summary>
    public string? From { get; init; }

    /// <summary>stats-compute: the quarter to compute.</summary>
    public string Quarter { get; init; } = "2026T3";

    /// <summary>export: the exporter's Parallelism for each run, in this order; empty: one run with the default (every core).</summary>
    public IReadOnlyList<int> Parallelism { get; init; } = [];

    /// <summary>stats-generate: scale of the statistical inputs (1 = national).</summary>
    public double Scale { get; init; } = 0.01;

    /// <summary>ingest: leave the pristine base without stored prints (every run's first session then computes them).</summary>
    public bool NoPrints { get; init; }

    /// <summary>
    /// ingest: which of the three imports to run (previous, feed, again), in that order; none: only
    /// prepare the base (PostgreSQL: seed an empty database, store the prints). A base copied after
    /// the previous feed's import (e.g. a PostgreSQL template database) runs "feed" alone.
    /// </summary>
    public IReadOnlyList<string> Runs { get; init; } = ["previous", "feed", "again"];

    /// <summary>ingest: IngestionOptions.MaxBatchesPerCommit (1: one batch per transaction, as before it existed).</summary>
    public int BatchesPerCommit { get; init; } = new Ingestion.Pipeline.IngestionOptions().MaxBatchesPerCommit;

    /// <summary>ingest: IngestionOptions.BatchSize, records per batch (what a killed import may lose).</summary>
    public int BatchSize { get; init; } = new Ingestion.Pipeline.IngestionOptions().BatchSize;

    /// <summary>
    /// ingest --take-inline true: IngestionOptions.TakeAhead off (each batch taken on the deciding
    /// thread, as before the take stage); false: on; not given: the store's default.
    /// </summary>
    public bool? TakeInline { get; init; }

    /// <summary>sync: also time the reference mirror building a SQLite copy.</summary>
    public bool Mirror { get; init; } = true;

    public static BenchOptions Parse(ReadOnlySpan<string> args)
    {
        var baseSize = 50_000;
        var establishments = 100_000;
        var feed = 10_000;
        var format = "xml";
        string? from = null;
        int? batchesPerCommit = null;
        int? batchSize = null;
        bool? takeInline = null;
        var quarter = "2026T3";
        var mirror = true;
        var scale = 0.01;
        var prints = true;
        var offers = 100_000;
        var seed = 42;
        string? store = null;
        string? postgres = null;
        var queries = 1_000;
        var indexOnly = false;
        var rounds = 1;
        var connections = 64;
        var concurrency = 4;
        var duration = 30;
        string? server = null;
        int[]? windows = null;
        double[] rates = [];
        int[] parallelism = [];
        var serverEnvironment = new List<string>();
        string[]? runs = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--offers": offers = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--establishments": establishments = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--store": store = args[i + 1]; break;
                case "--postgres": postgres = args[i + 1]; break;
                case "--queries": queries = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--rounds":
                    rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    if (rounds is < 1 or > 1000)
                        throw new ArgumentException("--rounds : un nombre de passes de 1 à 1000");
                    break;
                case "--concurrency": concurrency = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--connections": connections = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--duration": duration = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--server": server = args[i + 1]; break;
                case "--base": baseSize = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--feed": feed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--format": format = args[i + 1]; break;
                case "--from": from = args[i + 1]; break;
                case "--batches-per-commit": batchesPerCommit = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--batch-size": batchSize = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--take-inline": takeInline = bool.Parse(args[i + 1]); break;
                case "--quarter": quarter = args[i + 1]; break;
                case "--mirror": mirror = bool.Parse(args[i + 1]); break;
                case "--scale":
                    scale = double.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    if (!(scale > 0 && scale <= 10))
                        throw new ArgumentException("--scale : une échelle dans ]0 ; 10] (1 = national)");
                    break;
                case "--prints": prints = bool.Parse(args[i + 1]); break;
                case "--parallelism":
                    parallelism = [.. args[i + 1].Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
                    if (parallelism.Length == 0 || parallelism.Any(p => p is < 1 or > 64))
                        throw new ArgumentException("--parallelism : des nombres de fils de 1 à 64 séparés par des virgules");
                    break;
                case "--server-env":
                    if (!args[i + 1].Contains('=', StringComparison.Ordinal))
                        throw new ArgumentException("--server-env : NOM=VALEUR");
                    serverEnvironment.Add(args[i + 1]);
                    break;
                case "--windows":
                    windows = [.. args[i + 1].Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture))];
                    if (windows.Length == 0 || windows.Any(w => w is < 1 or > 150))
                        throw new ArgumentException("--windows : des tailles de 1 à 150 séparées par des virgules");
                    break;
                case "--rate":
                    rates = [.. args[i + 1].Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture))];
                    if (rates.Length == 0 || rates.Any(r => !(r > 0 && r <= 1_000_000)))
                        throw new ArgumentException("--rate : des requêtes par seconde (plus de 0, au plus 1 000 000) séparées par des virgules");
                    break;
                case "--engines":
                    indexOnly = args[i + 1] switch
                    {
                        "index" => true,
                        "all" => false,
                        _ => throw new ArgumentException($"--engines : all ou index, pas {args[i + 1]}"),
                    };
                    break;
                case "--runs":
                    runs = args[i + 1] == "none" ? [] : args[i + 1].Split(',');
                    if (runs.Any(r => r is not ("previous" or "feed" or "again")))
                        throw new ArgumentException($"--runs : none, ou previous, feed et again séparés par des virgules, pas {args[i + 1]}");
                    break;
                default: throw new ArgumentException($"option inconnue : {args[i]}");
            }
        }
        if (connections < 1 || duration < 1 || concurrency < 1)
            throw new ArgumentException("--connections, --concurrency et --duration : au moins 1");
        return new BenchOptions(offers, seed, store)
        {
            Establishments = establishments,
            Postgres = postgres,
            Queries = queries,
            IndexOnly = indexOnly,
            Rounds = rounds,
            Connections = connections,
            Concurrency = concurrency,
            DurationSeconds = duration,
            Server = server,
            // The fixed-rate mode measures the budget, stated at 20 results per call: 150 results at the same rate would only pile up.
            Windows = windows ?? (rates.Length > 0 ? [20] : [20, 150]),
            Rates = rates,
            ServerEnvironment = serverEnvironment,
            Base = baseSize,
            Feed = feed,
            Format = format,
            From = from,
            Quarter = quarter,
            Mirror = mirror,
            Scale = scale,
            NoPrints = !prints,
            Parallelism = parallelism,
            Runs = runs ?? ["previous", "feed", "again"],
            BatchesPerCommit = batchesPerCommit ?? new Ingestion.Pipeline.IngestionOptions().MaxBatchesPerCommit,
            BatchSize = batchSize ?? new Ingestion.Pipeline.IngestionOptions().BatchSize,
            TakeInline = takeInline,
        };
    }
}
