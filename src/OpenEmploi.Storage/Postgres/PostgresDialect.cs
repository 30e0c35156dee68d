using System.Data;
using System.Data.Common;
using System.Text;
using Npgsql;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Postgres;

/// <summary>
/// PostgreSQL: native timestamptz, one pooled data source per store.
/// <para>
/// Change-log visibility: identity values are drawn when a row is inserted, not when its
/// transaction commits. Two unsynchronised writers could draw 10 and 11 and commit 11 first; a
/// reader following the log would then read 11, remember it, and skip 10 forever. So every
/// transaction that writes change_log first takes a transaction-level advisory lock
/// (pg_advisory_xact_lock, released at commit or rollback). Writers of the log are therefore
/// serialised and sequence order is commit order. The lock is taken at the start of the write
/// transaction, which also makes "read, then insert or update" in an upsert race-free.
/// </para>
/// </summary>
internal sealed class PostgresDialect : SqlDialect
{
    /// <summary>Advisory lock held by every writer of change_log (bulk loads included).</summary>
    public const long ChangeLogLockKey = 0x4F45_4348_4C4F_47; // "OECHLOG"

    /// <summary>Advisory lock held while migrating, so that two nodes never migrate at once.</summary>
    public const long MigrationLockKey = 0x4F45_4D49_4752_41; // "OEMIGRA"

    /// <summary>Session advisory lock held by the one import running on a base.</summary>
    public const int ImportLockKey = 0x4F45_494D; // "OEIM"

    public const string UniqueViolationState = "23505";

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(StoreLocation location)
    {
        _dataSource = NpgsqlDataSource.Create(location.ConnectionString);
    }

    public override StoreKind Kind => StoreKind.Postgres;

    public override string MigrationFolder => "Postgres";

    public override string CreateSchemaVersionTableSql =>
        "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";

    public override string TableExistsSql =>
        "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = @name";

    public override string JsonValueSql => "@json";

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken ct) => await OpenNpgsqlAsync(ct);

    public ValueTask<NpgsqlConnection> OpenNpgsqlAsync(CancellationToken ct) => _dataSource.OpenConnectionAsync(ct);

    public override DbConnection Open() => _dataSource.OpenConnection();

    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct) =>
        BeginLockedAsync(connection, ChangeLogLockKey, ct);

    public override Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken ct) =>
        BeginLockedAsync(connection, MigrationLockKey, ct);

    public override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct)
    {
        var transaction = await ((NpgsqlConnection)connection).BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        await using var readOnly = connection.Command("SET TRANSACTION READ ONLY", transaction);
        await readOnly.ExecuteNonQueryAsync(ct);
        return transaction;
    }

    public static async Task LockAsync(DbConnection connection, DbTransaction transaction, long key, CancellationToken ct)
    {
        await using var command = connection.Command("SELECT pg_advisory_xact_lock(@key)", transaction);
        command.Add("@key", key);
        await command.ExecuteNonQueryAsync(ct);
    }

    public override object ToDbDate(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc);

    public override object ToDbTime(DateTimeOffset time) => time.ToUniversalTime();

    public override object ToDbJson(byte[] utf8Json) => Encoding.UTF8.GetString(utf8Json);

    public override DateTime ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTime>(ordinal);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override object ToDbDay(DateOnly day) => day;

    public override DateOnly ReadDay(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    // One text[] parameter whatever the count: one statement text, so one cached plan.
    public override string SelectJsonManySql(int count) => OffreSql.SelectJsonAny;

    public override void AddIds(DbCommand command, IReadOnlyList<string> ids) =>
        command.Add("@ids", ids as string[] ?? [.. ids]);

    public override UniqueViolation? GetUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: UniqueViolationState } postgres
            ? postgres.ConstraintName switch
            {
                "offres_pkey" => UniqueViolation.Id,
                "offres_source_ref" => UniqueViolation.SourceRef,
                _ => null,
            }
            : null;

    public override Task AppendAccessLogAsync(IReadOnlyList<AccessLogEntry> entries, CancellationToken ct) =>
        PostgresAccessLog.AppendAsync(this, entries, ct);

    public override Task<long> BulkInsertAsync(
        IEnumerable<OffreEntry> offers, TimeProvider time, int batchSize, IProgress<long>? progress, CancellationToken ct) =>
        new PostgresBulkLoader(this, time, batchSize).RunAsync(offers, progress, ct);

    public override async Task<IAsyncDisposable?> TryLockImportsAsync(CancellationToken ct)
    {
        // A session lock on a connection kept for the whole import: a killed importer's session
        // ends and frees it. Keyed by schema too, since a schema is a base (tests share databases).
        var connection = await OpenNpgsqlAsync(ct);
        try
        {
            await using var command = connection.Command("SELECT pg_try_advisory_lock(@key, hashtext(current_schema()))");
            command.Add("@key", ImportLockKey);
            if (await command.ExecuteScalarAsync(ct) is true)
                return new SessionLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Releases the lock before the connection goes back to the pool, where its session lives on.</summary>
    private sealed class SessionLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = connection.Command("SELECT pg_advisory_unlock(@key, hashtext(current_schema()))");
                command.Add("@key", ImportLockKey);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task<DbTransaction> BeginLockedAsync(DbConnection connection, long key, CancellationToken ct)
    {
        var transaction = await connection.BeginTransactionAsync(ct);
        try
        {
            await LockAsync(connection, transaction, key, ct);
            return transaction;
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }
}
