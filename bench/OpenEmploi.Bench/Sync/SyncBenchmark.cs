using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using OpenEmploi.Bench.Http;
using OpenEmploi.Mirror;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Bench.Sync;

/// <summary>
/// Issue #6: the sync feed over HTTP on a large base. Starts the Release build of the platform as
/// its own process on the store and measures, on loopback: the snapshot streamed whole (plain and
/// gzip), the client counting lines without parsing them (the server's rate); the catch-up of the
/// last M change-log entries in pages of 10,000; and the reference mirror (src/OpenEmploi.Mirror)
/// building a SQLite copy end to end (parse, insert, commit). Prints CPU per process and warns
/// when other processes were busy.
/// </summary>
internal static class SyncBenchmark
{
    private const double TargetOffersPerSecond = 100_000;
    private const int PageSize = 10_000;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(20);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        if (location.Kind != StoreKind.Sqlite)
            throw new ArgumentException("sync : --store doit être sqlite:CHEMIN.");
        location = StoreLocation.Sqlite(Path.GetFullPath(location.SqlitePath));
        var machine = Machine.Describe();
        Console.WriteLine($"machine: {machine}");
        var webDll = await HttpBenchmark.LocateWebAsync(options.Server);
        var (offers, head) = await PrepareStoreAsync(location, options);
        Console.WriteLine($"store: {offers:N0} live offers, change log at sequence {head:N0}");
        var (clientId, secret) = await CreateApplicationAsync(location);

        var results = new List<(string What, double Rate, string Unit, string Detail)>();
        await using (var server = ServerProcess.Start(webDll, location, options.ServerEnvironment))
        {
            using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
            await server.WaitReadyAsync(http, ReadyTimeout, CancellationToken.None);
            var token = await TokenAsync(http, server.BaseAddress, clientId, secret);
            var snapshot = new Uri(server.BaseAddress, "/partenaire/offresdemploi-sync/v1/snapshot");

            foreach (var gzip in new[] { false, true })
            {
                var (run, cores) = await MeasureAsync(server, () => FeedReader.ReadAsync(http, snapshot, token, gzip, CancellationToken.None));
                var name = gzip ? "snapshot, gzip" : "snapshot";
                Console.WriteLine($"{name}: {run.Lines - 1:N0} offers in {run.Elapsed.TotalSeconds:F2} s = {(run.Lines - 1) / run.Elapsed.TotalSeconds:N0} offers/s, "
                    + $"{run.WireBytes / 1048576.0:N0} MiB on the wire ({run.WireMiBPerSecond:N0} MiB/s), first byte after {run.FirstByte.TotalMilliseconds:N0} ms; {cores}; {run.LastLine}");
                results.Add((name, (run.Lines - 1) / run.Elapsed.TotalSeconds, "offers/s", $"{run.WireBytes / 1048576.0:N0} MiB, {cores}"));
            }

            var from = Math.Max(0, head - options.Feed);
            var (catchUp, catchUpCores) = await MeasureAsync(server, () => CatchUpAsync(http, server.BaseAddress, token, from));
            Console.WriteLine($"changes: {catchUp.Events:N0} events after {from:N0} in {catchUp.Pages} pages of up to {PageSize:N0}, {catchUp.Elapsed.TotalSeconds:F2} s = {catchUp.Events / catchUp.Elapsed.TotalSeconds:N0} events/s; {catchUpCores}");
            results.Add(("changes catch-up", catchUp.Events / catchUp.Elapsed.TotalSeconds, "events/s", $"{catchUp.Events:N0} events, pages of {PageSize:N0}, {catchUpCores}"));

            if (options.Mirror)
            {
                var into = StoreLocation.Sqlite(Path.Combine(Path.GetTempPath(), $"openemploi-bench-mirror-{Environment.ProcessId}.db"));
                try
                {
                    var mirrorOptions = new MirrorOptions(server.BaseAddress, clientId, secret, into) { PageSize = PageSize };
                    using var mirrorHttp = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.GZip }) { Timeout = TimeSpan.FromMinutes(5) };
                    var watch = Stopwatch.StartNew();
                    var ((_, _), mirrorCores) = await MeasureAsync(server, async () =>
                        (await new OpenEmploi.Mirror.Mirror(mirrorOptions, mirrorHttp, SilentProgress.Instance, TimeProvider.System).RunAsync(CancellationToken.None), 0));
                    Console.WriteLine($"mirror: SQLite copy of {offers:N0} offers (snapshot, gzip, parsed and inserted, one transaction) in {watch.Elapsed.TotalSeconds:F1} s = {offers / watch.Elapsed.TotalSeconds:N0} offers/s; {mirrorCores}");
                    results.Add(("reference mirror into SQLite", offers / watch.Elapsed.TotalSeconds, "offers/s", mirrorCores));
                }
                finally
                {
                    foreach (var suffix in new[] { "", "-wal", "-shm" })
                        File.Delete(into.SqlitePath + suffix);
                }
            }
        }

        var date = TimeProvider.System.GetLocalNow().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"machine: {machine}");
        Console.WriteLine("| measure | offers | rate | detail | date |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (what, rate, unit, detail) in results)
            Console.WriteLine($"| {what} | {offers:N0} | {rate:N0} {unit} | {detail} | {date} |");
        var met = results[0].Rate >= TargetOffersPerSecond;
        Console.WriteLine($"target (snapshot ≥ {TargetOffersPerSecond:N0} offers/s): {(met ? "met" : "NOT met")}");
        return 0;
    }

    private sealed record CatchUp(long Events, int Pages, TimeSpan Elapsed);

    /// <summary>Pages of the changes after <paramref name="from"/> until one says aJour.</summary>
    private static async Task<CatchUp> CatchUpAsync(HttpClient http, Uri server, string token, long from)
    {
        var watch = Stopwatch.StartNew();
        long events = 0;
        var pages = 0;
        var cursor = from;
        while (true)
        {
            var page = await FeedReader.ReadAsync(http, new Uri(server, FormattableString.Invariant($"/partenaire/offresdemploi-sync/v1/changes?after={cursor}&limit={PageSize}")), token, gzip: false, CancellationToken.None);
            pages++;
            events += page.Lines - 1;
            using var fin = JsonDocument.Parse(page.LastLine);
            var end = fin.RootElement.GetProperty("fin");
            cursor = end.GetProperty("suivant").GetInt64();
            if (end.GetProperty("aJour").GetBoolean())
                return new CatchUp(events, pages, watch.Elapsed);
        }
    }

    /// <summary>Runs <paramref name="step"/> and says how many cores the server, this process and the rest of the machine used meanwhile.</summary>
    private static async Task<(T Result, string Cores)> MeasureAsync<T>(ServerProcess server, Func<Task<T>> step)
    {
        var watch = Stopwatch.StartNew();
        var serverCpu = server.CpuTime();
        var selfCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var machineBusy = CpuSampler.MachineBusy();
        var result = await step();
        var seconds = watch.Elapsed.TotalSeconds;
        var serverCores = (server.CpuTime() - serverCpu).TotalSeconds / seconds;
        var clientCores = (Process.GetCurrentProcess().TotalProcessorTime - selfCpu).TotalSeconds / seconds;
        var machineCores = (CpuSampler.MachineBusy() - machineBusy).TotalSeconds / seconds;
        var others = machineCores - serverCores - clientCores;
        var cores = $"server {serverCores:F2} cores, client {clientCores:F2}, other processes {others:F2} of {Environment.ProcessorCount}";
        if (others > 0.25)
            Console.WriteLine($"WARNING: other processes used {others:F2} cores during this measure: the machine was not quiet");
        return (result, cores);
    }

    /// <summary>Copies --from (never modified) to the store, or seeds N offers; migrates it before the server starts.</summary>
    private static async Task<(long Offers, long Head)> PrepareStoreAsync(StoreLocation location, BenchOptions options)
    {
        if (options.From is { } from)
        {
            var watch = Stopwatch.StartNew();
            foreach (var suffix in new[] { "-wal", "-shm" })
                File.Delete(location.SqlitePath + suffix);
            File.Copy(Path.GetFullPath(from), location.SqlitePath, overwrite: true);
            Console.WriteLine($"store: {from} copied to {location.SqlitePath} in {watch.Elapsed.TotalSeconds:F0} s");
        }
        else
        {
            await SeedStoreBenchmark.EnsureSeededAsync(location, options.Offers, options.Seed);
        }
        await using var store = OffreStoreFactory.Open(location, TimeProvider.System);
        var migrated = await store.MigrateAsync();
        if (migrated > 0)
            Console.WriteLine($"store: {migrated} migration(s) applied");
        return (await store.CountOffersAsync(), await store.GetLastSequenceAsync());
    }

    private static async Task<(string ClientId, string Secret)> CreateApplicationAsync(StoreLocation location)
    {
        const int Unlimited = 1_000_000;
        var now = TimeProvider.System.GetUtcNow();
        var clientId = ClientCredentials.NewClientId("banc sync");
        var secret = ClientCredentials.NewSecret();
        var applications = ApplicationStoreFactory.Open(location, TimeProvider.System);
        try
        {
            await applications.CreateAsync(new ApiApplication(clientId, "Banc d'essai sync", ClientCredentials.HashSecret(secret), [ApiScopes.Sync],
                ApplicationStatus.Active, Unlimited, Unlimited, now, now));
        }
        finally
        {
            if (applications is IAsyncDisposable disposable)
                await disposable.DisposeAsync();
        }
        return (clientId, secret);
    }

    private static async Task<string> TokenAsync(HttpClient http, Uri server, string clientId, string secret)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = ApiScopes.Sync,
        });
        using var response = await http.PostAsync(new Uri(server, "/connexion/oauth2/access_token?realm=/partenaire"), form);
        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync());
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
