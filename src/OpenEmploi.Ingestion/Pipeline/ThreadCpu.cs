using System.Globalization;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// The calling thread's CPU time, for the import's stage figures (<see cref="ImportStages.DecideCpu"/>):
/// on Linux the first field of /proc/thread-self/schedstat (nanoseconds on a CPU); zero where the
/// system does not give it. Read a few times per batch, never per record.
/// </summary>
internal static class ThreadCpu
{
    private const string Schedstat = "/proc/thread-self/schedstat";

    private static readonly bool Available = OperatingSystem.IsLinux() && File.Exists(Schedstat);

    public static TimeSpan Now()
    {
        if (!Available)
            return TimeSpan.Zero;
        try
        {
            var text = File.ReadAllText(Schedstat);
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            return long.TryParse(text.AsSpan(0, end < 0 ? text.Length : end), NumberStyles.None, CultureInfo.InvariantCulture, out var nanoseconds)
                ? TimeSpan.FromTicks(nanoseconds / 100)
                : TimeSpan.Zero;
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }
}
