using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID)): "offers per
/// second per core" that other processes and parallel tests on the machine do not distort. Falls
/// back to the wall clock elsewhere.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuTime = 3;

    public static double Seconds()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTime, out var now) == 0)
            return now.Seconds + (now.Nanoseconds / 1e9);
        return Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec value);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
