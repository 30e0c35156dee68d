using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Sqlite;

/// <summary>
/// SQLite: one file in WAL mode (readers never wait for the writer). Times are TEXT in fixed-width
/// UTC formats, so they sort as times. Writers are serialised by SQLite itself (BEGIN IMMEDIATE).
/// </summary>
internal sealed class SqliteDialect : SqlDialect
{
    private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const string DayFormat = "yyyy-MM-dd";

    // Per connection. synchronous=NORMAL is safe in WAL mode (a power cut may lose the last
    // commits, never corrupt the file) and makes each commit one write instead of two fsyncs.
    // secure_delete=FAST overwrites a deleted offer's bytes in its page: deletion purges content.
    // No mmap_size: mapping the file (2 GiB, the bundled library's cap) instead of a pread per
    // page gave no gain on the API node at one million offers (1.29 ms of CPU per call against
    // 1.24 without, docs/benchmarks.md) and counted the mapped pages in its working set.
    private const string ConnectionPragmas =
        "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; "
        + "PRAGMA secure_delete = FAST; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32768;";

    private readonly string _connectionString;
    private int _walChecked;

    // Native connections already given ConnectionPragmas (weak keys: a closed handle drops out).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SQLitePCL.sqlite3, object> _configured = new();
    private static readonly object Configured = new();

    public SqliteDialect(StoreLocation location)
    {
        _connectionString = new SqliteConnectionStringBuilder(location.ConnectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    public override StoreKind Kind => StoreKind.Sqlite;

    public override string MigrationFolder => "Sqlite";

    public override string CreateSchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public override string TableExistsSql => "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = @name";

    // A BLOB cast to TEXT is taken as text in the database encoding (UTF-8): the serializer's bytes
    // are stored as they are, with no round trip through UTF-16.
    public override string JsonValueSql => "CAST(@json AS TEXT)";

    // SQLite stores the text in UTF-8 (the database encoding): its bytes come out as they are.
    public override byte[] ReadUtf8(DbDataReader reader, int ordinal) => reader.GetFieldValue<byte[]>(ordinal);

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken ct) => await OpenSqliteAsync(ct);

    public async ValueTask<SqliteConnection> OpenSqliteAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            if (PragmasToSend(connection) is { } pragmas)
            {
                await using var command = connection.Command(pragmas);
                await command.ExecuteNonQueryAsync(ct);
                _configured.AddOrUpdate(connection.Handle!, Configured);
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A connection of its own (not pooled) for a long write, such as an import's batches: its
    /// page cache of <paramref name="cacheKiB"/> stays with it, and goes with it when it is closed,
    /// instead of staying in the pool with a connection that serves API calls. Its WAL is
    /// checkpointed by whoever opens it (<see cref="SqliteWalHook"/> turns its automatic
    /// checkpoint off; <see cref="SqliteWalCheckpointer"/> runs the checkpoints beside it).
    /// </summary>
    public async ValueTask<SqliteConnection> OpenWriterAsync(int cacheKiB, CancellationToken ct)
    {
        var connection = await OpenOwnAsync(ct);
        try
        {
            await using var command = connection.Command(string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{cacheKiB};"));
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>A connection outside the pool, with the usual settings: closed for good when disposed.</summary>
    public async ValueTask<SqliteConnection> OpenOwnAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            await using var command = connection.Command(PragmasToSend(connection) ?? ConnectionPragmas);
            await command.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            if (PragmasToSend(connection) is { } pragmas)
            {
                using var command = connection.Command(pragmas);
                command.ExecuteNonQuery();
                _configured.AddOrUpdate(connection.Handle!, Configured);
            }
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The settings a newly opened connection still needs, or null. The pool hands back the same
    /// native connection many times: its settings stay, so they are sent only the first time (six
    /// statements parsed on every API call otherwise). WAL is a property of the file: set once per
    /// store instance, it stays. The page size counts only for a new file (it must precede WAL):
    /// 16 KB pages hold seven 2 KB offers where 4 KB pages would hold one and waste half of each page.
    /// </summary>
    private string? PragmasToSend(SqliteConnection connection)
    {
        if (_configured.TryGetValue(connection.Handle!, out _))
            return null;
        return Interlocked.Exchange(ref _walChecked, 1) == 0
            ? "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL; " + ConnectionPragmas
            : ConnectionPragmas;
    }

    // Microsoft.Data.Sqlite starts transactions with BEGIN IMMEDIATE: the write lock is taken now,
    // so the read-then-write of an upsert cannot be overtaken by another writer.
    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken ct) =>
        BeginWriteAsync(connection, ct);

    // A deferred transaction takes its WAL snapshot at the first read and keeps it.
    public override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));

    public override object ToDbDate(DateTime utc) => utc.ToString(DateFormat, CultureInfo.InvariantCulture);

    public override object ToDbTime(DateTimeOffset time) => time.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public override object ToDbJson(byte[] utf8Json) => utf8Json;

    public override DateTime ReadDate(DbDataReader reader, int ordinal) =>
        DateTime.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        DateTimeOffset.ParseExact(reader.GetString(ordinal), TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public override object ToDbDay(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    // 'yyyy-MM-dd' read digit by digit: the statistics read three days for each of millions of
    // job-seeker episodes, and ParseExact's general parser was a tenth of reading one. Anything
    // else goes to ParseExact, which refuses it with its usual message.
    public override DateOnly ReadDay(DbDataReader reader, int ordinal)
    {
        var text = reader.GetString(ordinal);
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text.AsSpan(0, 4)) is var year and >= 1
            && Digits(text.AsSpan(5, 2)) is var month and >= 1 and <= 12
            && Digits(text.AsSpan(8, 2)) is var day and >= 1
            && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        return DateOnly.ParseExact(text, DayFormat, CultureInfo.InvariantCulture);
    }

    /// <summary>The number an all-digit span writes, or -1.</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
                return -1;
            value = (value * 10) + (c - '0');
        }
        return value;
    }

    public override string SelectJsonManySql(int count) => OffreSql.SelectJsonIn(count);

    public override void AddIds(DbCommand command, IReadOnlyList<string> ids)
    {
        for (var i = 0; i < ids.Count; i++)
            command.Add(OffreSql.IdParameter(i), ids[i]);
    }

    public override UniqueViolation? GetUniqueViolation(DbException exception)
    {
        const int constraint = 19; // SQLITE_CONSTRAINT; the message names the columns.
        if (exception is not SqliteException { SqliteErrorCode: constraint } sqlite)
            return null;
        if (sqlite.Message.Contains("offres.id", StringComparison.Ordinal))
            return UniqueViolation.Id;
        if (sqlite.Message.Contains("offres.source", StringComparison.Ordinal))
            return UniqueViolation.SourceRef;
        return null;
    }

    public override Task AppendAccessLogAsync(IReadOnlyList<AccessLogEntry> entries, CancellationToken ct) =>
        SqliteAccessLog.AppendAsync(this, entries, ct);

    public override Task<long> BulkInsertAsync(
        IEnumerable<OffreEntry> offers, TimeProvider time, int batchSize, IProgress<long>? progress, CancellationToken ct) =>
        new SqliteBulkLoader(this, time, batchSize).RunAsync(offers, progress, ct);

    public override Task<IAsyncDisposable?> TryLockImportsAsync(CancellationToken ct)
    {
        // The operating system drops the file lock when the process dies, so a killed importer
        // never leaves the base locked; the file itself may stay, which is harmless.
        var path = new SqliteConnectionStringBuilder(_connectionString).DataSource + ".import-lock";
        try
        {
            var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return Task.FromResult<IAsyncDisposable?>(file);
        }
        catch (IOException)
        {
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file open; a disposed store lets go of it (tests delete it).
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
