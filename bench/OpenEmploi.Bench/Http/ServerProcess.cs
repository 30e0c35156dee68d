using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using OpenEmploi.Storage;

namespace OpenEmploi.Bench.Http;

/// <summary>
/// The platform run as an operator runs it: <c>dotnet OpenEmploi.Web.dll</c> of the Release build,
/// in its own process, Production environment, on a loopback port. Its output is echoed with a
/// prefix; <see cref="DisposeAsync"/> stops it with SIGTERM (a clean ASP.NET Core shutdown, which
/// drains the access log), then kills it if it has not exited after 30 s.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static ServerProcess Start(string webDll, StoreLocation location, IReadOnlyList<string> environment)
    {
        var port = FreeLoopbackPort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webDll)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(webDll);
        start.ArgumentList.Add($"--urls=http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.ArgumentList.Add($"--OpenEmploi:Store={location.Setting}");
        start.ArgumentList.Add("--OpenEmploi:DemoData:Enabled=false");
        // The offers API alone is measured: no ingestion worker (expiry, scheduled pulls) changes the base under it.
        start.ArgumentList.Add("--OpenEmploi:Ingestion:Enabled=false");
        // Nor the open-data export, which a node runs at start-up when it has none (minutes of one core at 1M offers).
        start.ArgumentList.Add("--OpenEmploi:OpenData:Enabled=false");
        start.ArgumentList.Add("--Logging:LogLevel:Default=Warning");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var setting in environment)
        {
            var equals = setting.IndexOf('=', StringComparison.Ordinal);
            start.Environment[setting[..equals]] = setting[(equals + 1)..];
        }

        var process = new Process { StartInfo = start };
        var server = new ServerProcess(process, port);
        process.OutputDataReceived += (_, e) => server.Echo(e.Data);
        process.ErrorDataReceived += (_, e) => server.Echo(e.Data);
        if (!process.Start())
            throw new InvalidOperationException("Le serveur n'a pas démarré.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Console.WriteLine($"server: pid {process.Id}, dotnet {webDll} --urls=http://127.0.0.1:{port} --OpenEmploi:Store={location.Display} --OpenEmploi:DemoData:Enabled=false --OpenEmploi:Ingestion:Enabled=false --OpenEmploi:OpenData:Enabled=false --Logging:LogLevel:Default=Warning (ASPNETCORE_ENVIRONMENT=Production{string.Concat(environment.Select(e => ", " + e))})");
        return server;
    }

    /// <summary>Polls /health/ready until it answers 200 (store migrated, index built).</summary>
    public async Task WaitReadyAsync(HttpClient http, TimeSpan timeout, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var ready = new Uri(BaseAddress, "/health/ready");
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (_process.HasExited)
                throw new InvalidOperationException($"Le serveur s'est arrêté (code {_process.ExitCode}) avant d'être prêt :\n{string.Join('\n', LastLines())}");
            try
            {
                using var response = await http.GetAsync(ready, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Console.WriteLine($"server: ready after {watch.Elapsed.TotalSeconds:F1} s (index built)");
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: the host builds the index before it opens its port.
            }
            if (watch.Elapsed > timeout)
                throw new TimeoutException($"Le serveur n'est pas prêt après {timeout.TotalSeconds:F0} s.");
            if (watch.Elapsed - lastReport >= TimeSpan.FromSeconds(15))
            {
                lastReport = watch.Elapsed;
                Console.WriteLine($"  server: not ready after {watch.Elapsed.TotalSeconds:F0} s, working set {Memory().RssMiB:N0} MiB");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }

    /// <summary>The process's peak resident set (VmHWM) and current one (VmRSS), in MiB.</summary>
    public (double PeakMiB, double RssMiB) Memory()
    {
        double peak = 0, rss = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    peak = Kib(line) / 1024.0;
                else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    rss = Kib(line) / 1024.0;
            }
        }
        catch (IOException)
        {
            // The process is gone.
        }
        return (peak, rss);

        static long Kib(string line) =>
            long.Parse(line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
    }

    /// <summary>CPU time the process has used (user + system), from /proc/PID/stat.</summary>
    public TimeSpan CpuTime() => CpuSampler.ProcessCpu(_process.Id);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                Console.WriteLine($"server: stopping pid {_process.Id} (SIGTERM)");
                using (var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false }))
                {
                    if (kill is not null)
                        await kill.WaitForExitAsync();
                }
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await _process.WaitForExitAsync(timeout.Token);
                    Console.WriteLine($"server: stopped, exit code {_process.ExitCode}");
                }
                catch (OperationCanceledException)
                {
                    Console.WriteLine("server: still running 30 s after SIGTERM, killed");
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        finally
        {
            _process.Dispose();
        }
    }

    private void Echo(string? line)
    {
        if (line is null)
            return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
                _lastLines.Dequeue();
        }
        Console.WriteLine("  server| " + line);
    }

    private string[] LastLines()
    {
        lock (_lastLines)
            return [.. _lastLines];
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>CPU use from /proc: a process's (user + system time) and the whole machine's busy time.</summary>
internal static class CpuSampler
{
    // USER_HZ: the unit of /proc's CPU times, 100 on every Linux platform .NET runs on.
    private const double TicksPerSecond = 100;

    public static TimeSpan ProcessCpu(int pid) => StatTimes(pid.ToString(CultureInfo.InvariantCulture), 11);

    /// <summary>This process's own CPU time (user + system): the fixed-rate load generator runs in it.</summary>
    public static TimeSpan OwnCpu() => StatTimes("self", 11);

    /// <summary>
    /// CPU time of this process's children that have exited and been waited for (cutime + cstime):
    /// across a wrk run, wrk's own CPU (the server, still running, is not counted).
    /// </summary>
    public static TimeSpan ExitedChildrenCpu() => StatTimes("self", 13);

    // The command name, in parentheses, may hold spaces: fields are counted after its closing one.
    // Fields 14–15 of the file (utime, stime) are the 12th–13th after it, 16–17 (cutime, cstime) the 14th–15th.
    private static TimeSpan StatTimes(string process, int index)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{process}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[index], CultureInfo.InvariantCulture) + long.Parse(fields[index + 1], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Busy time summed over all cores (everything but idle and iowait), from /proc/stat.</summary>
    public static TimeSpan MachineBusy()
    {
        var line = File.ReadLines("/proc/stat").First(l => l.StartsWith("cpu ", StringComparison.Ordinal));
        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8).Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var busy = values.Sum() - values[3] - values[4];
        return TimeSpan.FromSeconds(busy / TicksPerSecond);
    }
}
