using System.Diagnostics;
using System.Runtime.InteropServices;

namespace OpenEmploi.Bench.Http.OpenLoop;

/// <summary>
/// Sleeps the calling thread until a <see cref="Stopwatch"/> timestamp. .NET's own sleeps and
/// timers count in milliseconds, more than a request's period at 1,500 requests/s (0.67 ms): the
/// scheduler would release requests in bursts up to a millisecond late, and that lateness would
/// be charged to the server. nanosleep(2) wakes within tens of microseconds of the asked time,
/// without spinning a core the server needs.
/// </summary>
internal static partial class PreciseSleep
{
    private const long NanosecondsPerSecond = 1_000_000_000;

    // struct timespec on 64-bit Linux: time_t tv_sec, long tv_nsec.
    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static readonly bool Native = OperatingSystem.IsLinux() && Environment.Is64BitProcess;

    public static void Until(long timestamp)
    {
        while (true)
        {
            var remaining = timestamp - Stopwatch.GetTimestamp();
            if (remaining <= 0)
                return;
            if (Native)
            {
                var nanoseconds = (long)(remaining * (double)NanosecondsPerSecond / Stopwatch.Frequency);
                var request = new Timespec { Seconds = nanoseconds / NanosecondsPerSecond, Nanoseconds = nanoseconds % NanosecondsPerSecond };
                // Interrupted by a signal (-1, EINTR) or not: the loop sleeps what is left.
                _ = NanoSleep(in request, IntPtr.Zero);
            }
            else
            {
                Thread.Sleep(Stopwatch.GetElapsedTime(0, remaining));
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "nanosleep")]
    private static partial int NanoSleep(in Timespec request, IntPtr remaining);
}
