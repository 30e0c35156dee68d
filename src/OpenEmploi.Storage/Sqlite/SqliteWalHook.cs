using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace OpenEmploi.Storage.Sqlite;

/// <summary>
/// How many pages a connection's WAL holds after each of its commits, as SQLite counts them
/// (<c>sqlite3_wal_hook</c>: the frames since the WAL last restarted, those just committed
/// included). It is the very callback SQLite's automatic checkpoint is built on, so installing it
/// turns the connection's automatic checkpoint off: whoever installs it checkpoints instead
/// (<see cref="SqliteWalCheckpointer"/>). The callback runs on the committing thread, inside the
/// commit, and only records the count.
/// </summary>
internal sealed class SqliteWalHook
{
    private const int Ok = 0;
    private const int CacheWrite = 9; // SQLITE_DBSTATUS_CACHE_WRITE

    // The native side keeps a pointer to this delegate as long as the connection is open: it is
    // held by the instance, which the writer keeps as long as its connection.
    private readonly WalCallback _callback;

    private SqliteWalHook()
    {
        _callback = OnCommit;
    }

    /// <summary>The WAL's pages after the connection's last commit (0 before the first).</summary>
    public int Pages { get; private set; }

    /// <summary>
    /// The pages the connection wrote to the WAL so far (SQLITE_DBSTATUS_CACHE_WRITE, read at each
    /// commit): the frames its commits appended, whether or not the WAL started over in between.
    /// </summary>
    public long PagesWritten { get; private set; }

    /// <summary>Installs the hook on an open connection, replacing its automatic checkpoint.</summary>
    public static SqliteWalHook Install(SqliteConnection connection)
    {
        var hook = new SqliteWalHook();
        var handle = connection.Handle ?? throw new InvalidOperationException("La connexion SQLite n'est pas ouverte.");
        NativeMethods.sqlite3_wal_hook(handle.DangerousGetHandle(), hook._callback, IntPtr.Zero);
        return hook;
    }

    private int OnCommit(IntPtr context, IntPtr db, IntPtr schema, int pages)
    {
        Pages = pages;
        if (NativeMethods.sqlite3_db_status(db, CacheWrite, out var written, out _, 0) == Ok)
            PagesWritten = written;
        return Ok;
    }

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int WalCallback(IntPtr context, IntPtr db, IntPtr schema, int pages);

    private static class NativeMethods
    {
        // The library Microsoft.Data.Sqlite's bundle loads (SQLitePCLRaw's e_sqlite3), whose
        // wrapper does not expose this call.
        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory)]
        public static extern IntPtr sqlite3_wal_hook(IntPtr db, WalCallback callback, IntPtr context);

        [DllImport("e_sqlite3", CallingConvention = CallingConvention.Cdecl)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory)]
        public static extern int sqlite3_db_status(IntPtr db, int op, out int current, out int highwater, int reset);
    }
}
