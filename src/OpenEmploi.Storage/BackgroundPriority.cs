using System.Runtime.InteropServices;

namespace OpenEmploi.Storage;

/// <summary>
/// Lowers the calling thread's scheduling priority (its nice value, Linux), for the threads of an
/// import that work for later stages — preparing ahead, taking, writing, checkpointing — so that
/// on a machine with every core busy the one thread the import cannot spread (the decisions, in
/// feed order) gets a core first. A thread can always lower its own priority; it can never raise
/// it again without privileges, so only threads kept for that work are lowered, never a pool's.
/// Elsewhere than Linux, nothing is done.
/// </summary>
public static class BackgroundPriority
{
    /// <summary>The nice value the import's background threads take (0 normal, 19 lowest).</summary>
    public const int Nice = 5;

    /// <summary>Lowers the calling thread to <paramref name="nice"/>; false when the system refused or does not support it.</summary>
    public static bool Lower(int nice = Nice)
    {
        if (!OperatingSystem.IsLinux() || nice <= 0)
            return false;
        try
        {
            // PRIO_PROCESS with a thread id sets that thread's nice value alone (Linux threads are tasks).
            return NativeMethods.setpriority(0, NativeMethods.gettid(), nice) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int setpriority(int which, int who, int prio);

        [DllImport("libc")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int gettid();
    }
}
