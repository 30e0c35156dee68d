using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenEmploi.Bench.Http.OpenLoop;
using OpenEmploi.Bench.Search;
using OpenEmploi.Core.Referentiels;
using OpenEmploi.Search.Analysis;
using OpenEmploi.Storage;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Bench.Http;

/// <summary>
/// Issue #4: the offers API over HTTP. Seeds the store (as <c>search</c> does), creates a bench
/// application with a quota far above the load, starts the Release build of the platform as its
/// own process, gets a token and loads GET …/offres/search on loopback with the search
/// benchmark's query mix: with wrk (closed loop, <see cref="WrkMeasurement"/>), once with 20 results
/// per call, once with 150; or, with --rate, at fixed rates (open loop, <see cref="OpenLoopMeasurement"/>).
/// Prints the client-side figures, the server's own timing of the same calls (its access log), its
/// CPU and memory.
/// </summary>
internal static class HttpBenchmark
{
    internal const int WarmUpSeconds = 5;
    // The budget is stated for a portal page: 20 results per call.
    internal const int TargetWindow = 20;
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(20);
    private static readonly TimeSpan CheckTimeLimit = TimeSpan.FromSeconds(60);

    // Architecture budget (2 cores, one million offers), at 20 results per call.
    internal const double TargetRequestsPerSecond = 1_500;
    internal const double TargetP99Ms = 25;

    public static async Task<int> RunAsync(BenchOptions options)
    {
        var location = StoreLocation.Parse(options.Store ?? throw new ArgumentException("--store est obligatoire"));
        if (location.Kind != StoreKind.Sqlite)
            throw new ArgumentException("http : --store doit être sqlite:CHEMIN (le mélange de requêtes se tire de la table annexe CHEMIN.search.db).");
        // The server runs in another directory: give it an absolute path.
        location = StoreLocation.Sqlite(Path.GetFullPath(location.SqlitePath));

        // The fixed-rate mode is the harness's own load generator: wrk is needed only without --rate.
        if (options.Rates.Count == 0 && !await Wrk.EnsureInstalledAsync())
            return 2;
        var webDll = await LocateWebAsync(options.Server);
        var machine = Machine.Describe();
        Console.WriteLine($"machine: {machine}");

        var data = ReferenceData.LoadDefault();
        var mix = await PrepareStoreAndMixAsync(location, options, data);
        Console.WriteLine($"query mix: {mix.Count:N0} queries, "
            + string.Join(", ", mix.GroupBy(m => m.Kind).Select(g => $"{g.Key} {g.Count() * 100.0 / mix.Count:F0} %")));
        var adapted = 0;
        var paths = new Dictionary<int, string[]>();
        foreach (var window in options.Windows)
            paths[window] = ApiQueries.Paths(mix, window, out adapted);
        if (adapted > 0)
            Console.WriteLine($"query mix: {adapted} queries have a keyword the API refuses (an apostrophe: \"agent d'entretien\"), sent with a space instead");
        Console.WriteLine($"example: GET {paths[options.Windows[0]][0]}");

        var (clientId, secret) = await CreateApplicationAsync(location);

        // From here on, Ctrl-C or SIGTERM stops wrk and the server cleanly rather than leaving them
        // running (before, the default handling ends the harness: seeding again is safe).
        using var stop = new CancellationTokenSource();
        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        void Interrupt(PosixSignalContext context)
        {
            context.Cancel = true;
            Console.WriteLine($"{context.Signal}: stopping");
            stop.Cancel();
        }
        try
        {
            return await LoadAsync(options, location, webDll, machine, paths, clientId, secret, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("http : interrompu, serveur arrêté.");
            return 130;
        }
    }

    private static async Task<int> LoadAsync(
        BenchOptions options, StoreLocation location, string webDll, string machine,
        Dictionary<int, string[]> paths, string clientId, string secret, CancellationToken ct)
    {
        var scriptFiles = new List<string>();
        var runs = new List<WrkRun>();
        var openLoopRuns = new List<OpenLoopRun>();
        double readyPeakMiB;
        (double PeakMiB, double RssMiB) endMemory;
        try
        {
            await using (var server = ServerProcess.Start(webDll, location, options.ServerEnvironment))
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
                await server.WaitReadyAsync(http, ReadyTimeout, ct);
                readyPeakMiB = server.Memory().PeakMiB;
                Console.WriteLine($"server: peak working set {readyPeakMiB:N0} MiB once ready (index build)");
                var token = await RequestTokenAsync(http, server.BaseAddress, clientId, secret, ct);

                foreach (var window in options.Windows)
                {
                    await CheckMixAsync(http, server.BaseAddress, token, paths[window], window, ct);
                    if (options.Rates.Count == 0)
                    {
                        runs.Add(await WrkMeasurement.RunAsync(server, options, token, window, paths[window], scriptFiles, ct));
                        continue;
                    }
                    foreach (var rate in options.Rates)
                        openLoopRuns.Add(await OpenLoopMeasurement.RunAsync(server, paths[window], token, window, rate, options, TimeSpan.FromSeconds(WarmUpSeconds), ct));
                }
                endMemory = server.Memory();
                Console.WriteLine($"server: peak working set {endMemory.PeakMiB:N0} MiB, {endMemory.RssMiB:N0} MiB at the end");
            }

            // The server drained its access log when it stopped: its own timing of every call.
            await ReadServerTimingsAsync(location, clientId, [.. runs, .. openLoopRuns]);
        }
        finally
        {
            foreach (var script in scriptFiles)
                File.Delete(script);
        }

        if (runs.Count > 0)
            WrkMeasurement.Report(options, machine, webDll, runs, readyPeakMiB, endMemory);
        if (openLoopRuns.Count > 0)
            OpenLoopReport.Print(options, machine, webDll, openLoopRuns, readyPeakMiB, endMemory, TargetWindow, TargetRequestsPerSecond, TargetP99Ms);
        var clean = runs.All(r => r.Result.Requests > 0 && r.Result.Non2xx == 0 && r.Result.SocketErrors == 0)
            && openLoopRuns.All(r => r.Result.Clean);
        return clean ? 0 : 1;
    }

    /// <summary>
    /// Seeds the store unless it holds exactly N offers (then only migrates it), and draws the
    /// search benchmark's mix from the side table PATH.search.db, built (or rebuilt, when the store was
    /// seeded again or the table holds another count) as <c>search --engines index</c> builds it.
    /// </summary>
    internal static async Task<IReadOnlyList<(string Kind, OpenEmploi.Search.Query.SearchQuery Query)>> PrepareStoreAndMixAsync(
        StoreLocation location, BenchOptions options, ReferenceData data)
    {
        var sidePath = location.SqlitePath + ".search.db";
        long count = -1;
        if (File.Exists(location.SqlitePath))
        {
            await using var existing = OffreStoreFactory.Open(location, TimeProvider.System);
            await existing.MigrateAsync();
            count = await existing.CountOffersAsync();
        }
        if (count != options.Offers && File.Exists(sidePath))
            File.Delete(sidePath);
        await SeedStoreBenchmark.EnsureSeededAsync(location, options.Offers, options.Seed);
        await using (var store = OffreStoreFactory.Open(location, TimeProvider.System))
            await store.MigrateAsync();

        if (SideRows(sidePath) != options.Offers)
        {
            await using var store = OffreStoreFactory.Open(location, TimeProvider.System);
            var watch = Stopwatch.StartNew();
            var rows = await SqliteBaseline.BuildAsync(sidePath, AnalysedOffer.ReadBatchesAsync(store, data));
            Console.WriteLine($"SQLite side table (to draw the mix): {rows:N0} rows in {watch.Elapsed.TotalSeconds:F1} s");
        }
        else
        {
            Console.WriteLine($"the mix is drawn from the existing {sidePath}");
        }
        using var side = SqliteBaseline.Open(sidePath, data, JobTitleSynonyms.Build(data));
        return QueryMix.Create(data, side.ReadProfile(), options.Queries, options.Seed);
    }

    private static long SideRows(string path)
    {
        if (!File.Exists(path))
            return -1;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM search_facts";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return -1;
        }
    }

    /// <summary>A new active application with the offers API's scopes and a quota far above any load.</summary>
    private static async Task<(string ClientId, string Secret)> CreateApplicationAsync(StoreLocation location)
    {
        const int Unlimited = 1_000_000;
        var now = TimeProvider.System.GetUtcNow();
        var clientId = ClientCredentials.NewClientId("banc http");
        var secret = ClientCredentials.NewSecret();
        var applications = ApplicationStoreFactory.Open(location, TimeProvider.System);
        try
        {
            await applications.CreateAsync(new ApiApplication(
                clientId, "Banc d'essai HTTP", ClientCredentials.HashSecret(secret), ApiScopes.OffresApi,
                ApplicationStatus.Active, Unlimited, Unlimited, now, now));
        }
        finally
        {
            if (applications is IAsyncDisposable disposable)
                await disposable.DisposeAsync();
        }
        Console.WriteLine($"application: {clientId}, quota {Unlimited:N0}/s (burst {Unlimited:N0})");
        return (clientId, secret);
    }

    private static async Task<string> RequestTokenAsync(HttpClient http, Uri server, string clientId, string secret, CancellationToken ct)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = string.Join(' ', ApiScopes.OffresApi),
        });
        using var response = await http.PostAsync(new Uri(server, "/connexion/oauth2/access_token?realm=/partenaire"), form, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"Jeton refusé ({(int)response.StatusCode}) : {body}");
        using var json = JsonDocument.Parse(body);
        var token = json.RootElement.GetProperty("access_token").GetString() ?? throw new InvalidOperationException("Réponse sans access_token : " + body);
        Console.WriteLine($"token: {token.Length} characters, expires in {json.RootElement.GetProperty("expires_in").GetInt32()} s");
        return token;
    }

    /// <summary>
    /// Every path of the mix once (for at most a minute), one at a time: the statuses (all 2xx
    /// expected), the response sizes, and the latency of one call alone, to compare with the
    /// loaded figures.
    /// </summary>
    private static async Task CheckMixAsync(HttpClient http, Uri server, string token, string[] paths, int window, CancellationToken ct)
    {
        var statuses = new Dictionary<int, int>();
        var latencies = new double[paths.Length];
        long bytes = 0;
        var shown = 0;
        var checkedPaths = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < paths.Length && watch.Elapsed < CheckTimeLimit; i++, checkedPaths++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server, paths[i]));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var start = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            bytes += body.Length;
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (status is < 200 or > 299 && shown++ < 5)
                Console.WriteLine($"  {status} for GET {paths[i]}: {System.Text.Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(body.Length, 300)))}");
        }
        latencies = [.. latencies.Take(checkedPaths).Order()];
        var stopped = checkedPaths < paths.Length ? $" (stopped after {CheckTimeLimit.TotalSeconds:F0} s)" : "";
        Console.WriteLine($"{window} results: {checkedPaths:N0} of the {paths.Length:N0} queries one at a time{stopped}: "
            + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value:N0}"))
            + $"; {bytes / 1024.0 / Math.Max(1, checkedPaths):N1} KiB per response; one connection: p50 {Ms(Percentile(latencies, 0.5))}, p99 {Ms(Percentile(latencies, 0.99))}, mean {Ms(latencies.Average())}");
    }

    private static async Task ReadServerTimingsAsync(StoreLocation location, string clientId, IReadOnlyList<IMeasuredRun> runs)
    {
        var applications = ApplicationStoreFactory.Open(location, TimeProvider.System);
        try
        {
            foreach (var run in runs)
            {
                var entries = await applications.ReadAccessLogAsync(clientId, run.From, run.To, int.MaxValue);
                var durations = entries.Where(e => e.Endpoint == ApiQueries.SearchPath).Select(e => e.DurationMs).Order().ToArray();
                if (durations.Length == 0)
                    continue;
                run.Server = new ServerTiming(durations.Length, Percentile(durations, 0.5), Percentile(durations, 0.9), Percentile(durations, 0.99), durations.Average());
                Console.WriteLine($"{run.Label}, server's own timing (access log, request in to response written): {durations.Length:N0} calls, "
                    + $"p50 {Ms(run.Server.P50)}, p90 {Ms(run.Server.P90)}, p99 {Ms(run.Server.P99)}, mean {Ms(run.Server.Mean)}");
            }
        }
        finally
        {
            if (applications is IAsyncDisposable disposable)
                await disposable.DisposeAsync();
        }
    }

    /// <summary>
    /// OpenEmploi.Web.dll of the Release build (--server overrides): beside the repository's
    /// src/OpenEmploi.Web, built first with `dotnet build -c Release` when it is missing. Running
    /// this harness with `dotnet run -c Release` has built it already (a project reference).
    /// </summary>
    internal static async Task<string> LocateWebAsync(string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return File.Exists(full) ? full : throw new FileNotFoundException("--server : fichier introuvable", full);
        }
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "OpenEmploi.slnx")))
            root = root.Parent;
        if (root is null)
            throw new InvalidOperationException("Dépôt introuvable au-dessus du banc d'essai : donnez --server CHEMIN/OpenEmploi.Web.dll.");
        var project = Path.Combine(root.FullName, "src", "OpenEmploi.Web");
        var dll = Path.Combine(project, "bin", "Release", "net10.0", "OpenEmploi.Web.dll");
        if (!File.Exists(dll))
        {
            Console.WriteLine($"server: {dll} missing, dotnet build -c Release {project}");
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, ArgumentList = { "build", "-c", "Release", project } };
            using var build = Process.Start(start) ?? throw new InvalidOperationException("dotnet build n'a pas démarré.");
            await build.WaitForExitAsync();
            if (build.ExitCode != 0 || !File.Exists(dll))
                throw new InvalidOperationException($"La construction de {project} a échoué.");
        }
        return dll;
    }

    internal static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];


    internal static string Ms(double ms) => ms < 10 ? $"{ms:F2} ms" : $"{ms:N1} ms";
}
