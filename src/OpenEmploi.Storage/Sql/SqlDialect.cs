using System.Data.Common;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Applications;

namespace OpenEmploi.Storage.Sql;

/// <summary>
/// Everything that differs between SQLite and PostgreSQL, in one place: connections and
/// transactions, how times are stored, how a unique violation looks, and the bulk path. The SQL
/// text itself is shared (<see cref="OffreSql"/>): both engines take @name parameters,
/// ON CONFLICT and RETURNING.
/// </summary>
internal abstract class SqlDialect : IAsyncDisposable
{
    public abstract StoreKind Kind { get; }

    /// <summary>Folder of this provider's scripts under Migrations/.</summary>
    public abstract string MigrationFolder { get; }

    public abstract string CreateSchemaVersionTableSql { get; }

    /// <summary>One row, one integer column: 1 when the table @name exists in the current schema.</summary>
    public abstract string TableExistsSql { get; }

    /// <summary>How the @json parameter (UTF-8 bytes) becomes the TEXT json column.</summary>
    public abstract string JsonValueSql { get; }

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>
    /// <see cref="OpenAsync"/> without awaiting, for a caller that must not leave its thread: the
    /// de-duplication index reads the few documents it does not keep in the middle of a decision.
    /// </summary>
    public abstract DbConnection Open();

    /// <summary>
    /// Starts a write transaction that excludes every other writer of the change log until it
    /// ends, so that sequence order is commit order.
    /// </summary>
    public abstract Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Starts a transaction that excludes concurrent migrators (other processes too).</summary>
    public abstract Task<DbTransaction> BeginMigrationAsync(DbConnection connection, CancellationToken ct);

    /// <summary>Starts a read-only transaction whose reads all see one snapshot.</summary>
    public abstract Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct);

    public abstract object ToDbDate(DateTime utc);

    public abstract object ToDbTime(DateTimeOffset time);

    public abstract object ToDbJson(byte[] utf8Json);

    public abstract DateTime ReadDate(DbDataReader reader, int ordinal);

    /// <summary>A text column as UTF-8 bytes.</summary>
    public virtual byte[] ReadUtf8(DbDataReader reader, int ordinal) => System.Text.Encoding.UTF8.GetBytes(reader.GetString(ordinal));

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>A calendar day (apply-redirect counts): 'yyyy-MM-dd' TEXT on SQLite, date on PostgreSQL.</summary>
    public abstract object ToDbDay(DateOnly day);

    public abstract DateOnly ReadDay(DbDataReader reader, int ordinal);

    /// <summary>
    /// The query reading the live (id, json) of <paramref name="count"/> ids, whose parameters
    /// <see cref="AddIds"/> binds: SQLite takes a list of parameters, PostgreSQL one array.
    /// </summary>
    public abstract string SelectJsonManySql(int count);

    public abstract void AddIds(DbCommand command, IReadOnlyList<string> ids);

    /// <summary>Which unique constraint an exception violated, or null when it is not a unique violation.</summary>
    public abstract UniqueViolation? GetUniqueViolation(DbException exception);

    /// <summary>
    /// Appends API calls to api_access_log, all or none, fast for batches of hundreds: binary COPY
    /// on PostgreSQL, one prepared statement in one transaction on SQLite.
    /// </summary>
    public abstract Task AppendAccessLogAsync(IReadOnlyList<AccessLogEntry> entries, CancellationToken ct);

    public abstract Task<long> BulkInsertAsync(
        IEnumerable<OffreEntry> offers, TimeProvider time, int batchSize, IProgress<long>? progress, CancellationToken ct);

    /// <summary>
    /// Takes the base's import lock until the result is disposed, or null when another process
    /// holds it: a session advisory lock on PostgreSQL, an exclusive lock file beside the SQLite file.
    /// </summary>
    public abstract Task<IAsyncDisposable?> TryLockImportsAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}

internal enum UniqueViolation
{
    Id,
    SourceRef,
}
