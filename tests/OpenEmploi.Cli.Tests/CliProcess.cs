using System.Diagnostics;
using System.Text;
using System.Threading.Channels;

namespace OpenEmploi.Cli.Tests;

/// <summary>
/// `openemploi` run as its own process (<c>dotnet exec openemploi.dll</c>, the build copied beside
/// the tests), so that it can be killed as a crash kills it: SIGKILL, no cancellation, no finally
/// block, no flush. Its standard output is read line by line as it comes.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly StringBuilder _output = new();

    private CliProcess(Process process)
    {
        _process = process;
    }

    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "openemploi.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = new Process { StartInfo = start };
        var cli = new CliProcess(process);
        process.OutputDataReceived += (_, e) => cli.Received(e.Data);
        process.ErrorDataReceived += (_, e) => cli.Received(e.Data);
        if (!process.Start())
            throw new InvalidOperationException("openemploi n'a pas démarré.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return cli;
    }

    /// <summary>Everything printed so far (standard output and error).</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <summary>Waits for the next printed line that <paramref name="match"/> accepts; fails if the process ends first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await foreach (var line in _lines.Reader.ReadAllAsync(cancel.Token))
            {
                if (match(line))
                    return line;
            }
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            throw new TimeoutException($"Ligne attendue non écrite en {timeout.TotalSeconds} s. Sortie :\n{Output}");
        }
        throw new InvalidOperationException($"openemploi s'est arrêté avant la ligne attendue. Sortie :\n{Output}");
    }

    /// <summary>SIGKILL: the process ends where it is.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException($"openemploi toujours en cours après {timeout.TotalSeconds} s. Sortie :\n{Output}");
        }
        return _process.ExitCode;
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            _lines.Writer.TryComplete();
            return;
        }
        lock (_output)
            _output.Append(line).Append('\n');
        _lines.Writer.TryWrite(line);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
