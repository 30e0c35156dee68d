using System.Globalization;

namespace OpenEmploi.Storage;

/// <summary>
/// The calling thread's scheduling figures, for the import's stage figures (the deciding thread,
/// the SQLite writer and its checkpointer): on Linux the first two fields of
/// /proc/thread-self/schedstat, the nanoseconds the thread ran on a CPU and those it waited on a
/// run queue (runnable, no core free); zero where the system does not give them. Read a few times
/// per batch, never per record.
/// </summary>
public static class ThreadCpu
{
    private const string Schedstat = "/proc/thread-self/schedstat";

    private static readonly bool Available = OperatingSystem.IsLinux() && File.Exists(Schedstat);

    /// <summary>The thread's CPU time so far.</summary>
    public static TimeSpan Now() => Read().OnCpu;

    /// <summary>The thread's CPU time and its time waiting for a core, so far.</summary>
    public static (TimeSpan OnCpu, TimeSpan Queued) Read()
    {
        if (!Available)
            return default;
        try
        {
            var text = File.ReadAllText(Schedstat).AsSpan();
            var first = text.IndexOf(' ');
            if (first < 0)
                return (Ticks(text), TimeSpan.Zero);
            var rest = text[(first + 1)..];
            var second = rest.IndexOf(' ');
            return (Ticks(text[..first]), Ticks(second < 0 ? rest : rest[..second]));
        }
        catch (IOException)
        {
            return default;
        }
    }

    private static TimeSpan Ticks(ReadOnlySpan<char> nanoseconds) =>
        long.TryParse(nanoseconds.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? TimeSpan.FromTicks(value / 100)
            : TimeSpan.Zero;
}
