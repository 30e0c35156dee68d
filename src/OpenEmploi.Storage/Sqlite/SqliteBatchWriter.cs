using System.Text.Json;
using Microsoft.Data.Sqlite;
using OpenEmploi.Storage.Ingestion;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Sqlite;

/// <summary>
/// The ingestion store's batch write on SQLite (<see cref="IIngestionStore.ApplyBatchAsync"/>),
/// the same statements as the other store's in the same order, run for a whole import on one
/// connection of its own: its page cache (<see cref="CacheKiB"/>) keeps the indexes' pages an
/// import writes over and over, where a pooled connection's 32 MB cache read them again from the
/// file for each batch; every statement is prepared once, and those run once or more per record
/// (the row, its print and sighting, the offer's probe and write, the change log) are run
/// through the native library with their values bound by position (<see cref="SqliteNativeStatement"/>:
/// no parameter looked up by name, no data reader per execution); documents and offers' JSON are
/// bound as their UTF-8 bytes. SQLite runs
/// in process and synchronously: the calls are the synchronous ones, on the caller's thread (the
/// import's writer task). One batch at a time: the store serialises the calls.
/// </summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    /// <summary>
    /// The writer's page cache: the offers', rows' and change log's indexes an import touches
    /// (about 0.2 GB at a million offers) stay in it from one batch to the next.
    /// </summary>
    public const int CacheKiB = 512 * 1024;

    private readonly SqliteDialect _dialect;
    private readonly SqliteConnection _connection;
    private readonly SqliteWalHook _wal;
    private readonly SqliteWalCheckpointer _checkpointer;
    private readonly List<SqliteCommand> _commands = [];
    private readonly List<SqliteNativeStatement> _natives = [];
    private readonly SqliteNativeStatement _upsertRow;
    private readonly SqliteNativeStatement _rowPrint;
    private readonly SqliteNativeStatement _touchRow;
    private readonly SqliteCommand _removeRow;
    private readonly SqliteCommand _rename;
    private readonly SqliteNativeStatement _probe;
    private readonly SqliteNativeStatement _insertOffer;
    private readonly SqliteNativeStatement _updateOffer;
    private readonly SqliteNativeStatement _updateOfferContent;
    private readonly SqliteNativeStatement _untomb;
    private readonly SqliteNativeStatement _logChange;
    private readonly SqliteCommand _deleteOffer;
    private readonly SqliteCommand _insertTombstone;
    private readonly SqliteCommand _counters;

    private SqliteBatchWriter(SqliteDialect dialect, SqliteConnection connection, SqliteWalCheckpointer checkpointer)
    {
        _dialect = dialect;
        _connection = connection;
        _checkpointer = checkpointer;
        _wal = SqliteWalHook.Install(connection);
        _upsertRow = Native(IngestionSql.UpsertRowUtf8, RowParameters);
        _rowPrint = Native(IngestionSql.UpsertRowPrint, "@source_code", "@source_id", "@version", "@print");
        _touchRow = Native(IngestionSql.TouchRow, "@at", "@run", "@source_code", "@source_id");
        _removeRow = Prepare(IngestionSql.RemoveRow, "@at", "@source_code", "@source_id");
        _rename = Prepare(IngestionSql.RenamePublished, "@from", "@to");
        _probe = Native(ProbeSql, "@id");
        _insertOffer = Native(OffreSql.Insert(dialect.JsonValueSql), OffreParameters);
        _updateOffer = Native(OffreSql.Update(dialect.JsonValueSql), OffreParameters);
        // The same parameters (those of the indexed columns bound and left unused): one binding code.
        _updateOfferContent = Native(OffreSql.UpdateContent(dialect.JsonValueSql), OffreParameters);
        _untomb = Native(OffreSql.DeleteTombstone, "@id");
        _logChange = Native(OffreSql.InsertChange, OffreSql.InsertChangeParameters);
        _deleteOffer = Prepare(OffreSql.DeleteReturning, "@id");
        _insertTombstone = Prepare(OffreSql.InsertTombstone,
            "@id", "@rome_code", "@commune", "@departement", "@date_creation", "@date_actualisation", "@deleted_at");
        _counters = Prepare(IngestionSql.UpdateCounters,
            "@read", "@created", "@updated", "@unchanged", "@deleted", "@rejected", "@blocked", "@held", "@duplicates", "@errors", "@id");
    }

    // Whether the offer is stored (with the codes an update logs as old, and the values of its
    // indexed columns: an update that keeps them leaves their indexes alone), and whether a
    // tombstone holds its id: an offer neither stored nor tombstoned (every new id of an import)
    // needs no tombstone delete.
    private const string ProbeSql =
        "SELECT 1, rome_code, departement, region, source, source_id, status FROM offres WHERE id = @id "
        + "UNION ALL SELECT 0, NULL, NULL, NULL, NULL, NULL, NULL FROM tombstones WHERE id = @id";

    private static readonly string[] RowParameters =
    [
        "@source_code", "@source_id", "@published_id", "@status", "@codes", "@reasons", "@fraud_score", "@completeness",
        "@content_hash", "@poster", "@siret", "@appellation_code", "@departement", "@region", "@valid_through",
        "@first_seen_at", "@last_seen_at", "@removed_at", "@last_run_id", "@document",
    ];

    private static readonly string[] OffreParameters =
    [
        "@id", "@source", "@source_id", "@date_creation", "@date_actualisation", "@rome_code", "@appellation_code",
        "@commune", "@code_postal", "@departement", "@region", "@type_contrat", "@code_naf", "@stored_at", "@json",
    ];

    /// <summary>
    /// The writer's connection, and the checkpointer that copies its WAL into the file beside it
    /// (<see cref="SqliteWalCheckpointer"/>: the writer's commits no longer checkpoint).
    /// </summary>
    public static async Task<SqliteBatchWriter> OpenAsync(SqliteDialect dialect, SqliteWalPolicy policy, CancellationToken ct)
    {
        var connection = await dialect.OpenWriterAsync(CacheKiB, ct);
        SqliteWalCheckpointer? checkpointer = null;
        try
        {
            checkpointer = await SqliteWalCheckpointer.OpenAsync(dialect, policy, ct);
            return new SqliteBatchWriter(dialect, connection, checkpointer);
        }
        catch
        {
            checkpointer?.Dispose();
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>What the checkpointer did so far (tests read it).</summary>
    public SqliteWalCheckpointer Checkpointer => _checkpointer;

    /// <summary>
    /// The batches, in order, in one transaction (BEGIN IMMEDIATE: the change log's writers are
    /// serialised), committed. Several batches per commit write each index page they share once:
    /// the offers' ids and the records' keys are random, so a batch of a thousand changes most leaf
    /// pages of those indexes, which the commit then writes whole to the WAL (16 KB each).
    /// </summary>
    public BatchOutcome Apply(IReadOnlyList<IngestionBatch> batches, DateTimeOffset now)
    {
        _checkpointer.BeforeWrite();
        var (cpu, queued) = ThreadCpu.Read();
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var command in _commands)
            command.Transaction = transaction;
        var storedAt = _dialect.ToDbTime(now);
        var outcome = BatchOutcome.None;
        foreach (var batch in batches)
            outcome = outcome.Plus(Write(batch, storedAt));
        transaction.Commit();
        var (cpuAfter, queuedAfter) = ThreadCpu.Read();
        SqliteWalCheckpointer.WriterRan(cpuAfter - cpu, queuedAfter - queued);
        _checkpointer.Committed(_wal.Pages, _wal.PagesWritten);
        return outcome;
    }

    private BatchOutcome Write(IngestionBatch batch, object storedAt)
    {
        WriteRows(batch, storedAt);
        var (created, updated) = WriteUpserts(batch, storedAt);
        var deleted = 0;
        foreach (var id in batch.Deletions)
        {
            if (Delete(id, storedAt))
                deleted++;
        }
        if (batch.RunId is { } runId && batch.Counters is { } c)
        {
            var p = _counters.Parameters;
            p[0].Value = c.Read;
            p[1].Value = c.Created;
            p[2].Value = c.Updated;
            p[3].Value = c.Unchanged;
            p[4].Value = c.Deleted;
            p[5].Value = c.Rejected;
            p[6].Value = c.Blocked;
            p[7].Value = c.Held;
            p[8].Value = c.Duplicates;
            p[9].Value = c.Errors;
            p[10].Value = runId;
            _counters.ExecuteNonQuery();
        }
        return new BatchOutcome(created, updated, deleted);
    }

    private void WriteRows(IngestionBatch batch, object at)
    {
        var p = _upsertRow.Values;
        for (var i = 0; i < batch.Rows.Count; i++)
        {
            var row = batch.Rows[i];
            p[0] = row.SourceCode;
            p[1] = row.SourceId;
            p[2] = Value(row.PublishedId);
            p[3] = row.Status;
            p[4] = row.Codes.Count == 0 ? "" : string.Join(' ', row.Codes);
            p[5] = row.Reasons.Count == 0 ? "[]" : JsonSerializer.Serialize(row.Reasons, IngestionJson.Options);
            p[6] = Value(row.FraudScore);
            p[7] = Value(row.Completeness);
            p[8] = Value(row.ContentHash);
            p[9] = row.Poster;
            p[10] = Value(row.Siret);
            p[11] = Value(row.AppellationCode);
            p[12] = Value(row.Departement);
            p[13] = Value(row.Region);
            p[14] = row.ValidThrough is { } until ? _dialect.ToDbTime(OffreRow.ToStoreTime(until)) : DBNull.Value;
            p[15] = _dialect.ToDbTime(OffreRow.ToStoreTime(row.FirstSeenAt));
            p[16] = _dialect.ToDbTime(OffreRow.ToStoreTime(row.LastSeenAt));
            p[17] = row.RemovedAt is { } removed ? _dialect.ToDbTime(OffreRow.ToStoreTime(removed)) : DBNull.Value;
            p[18] = Value(row.LastRunId);
            p[19] = batch.DocumentOf(i) is { } utf8 ? utf8 : Value(row.Document);
            _upsertRow.Run();
            if (batch.PrintOf(i) is { } print)
            {
                var q = _rowPrint.Values;
                q[0] = row.SourceCode;
                q[1] = row.SourceId;
                q[2] = batch.PrintVersion;
                q[3] = print;
                _rowPrint.Run();
            }
        }
        foreach (var (source, sourceId) in batch.Seen)
        {
            var q = _touchRow.Values;
            q[0] = at;
            q[1] = Value(batch.RunId);
            q[2] = source;
            q[3] = sourceId;
            _touchRow.Run();
        }
        foreach (var (source, sourceId) in batch.Removals)
        {
            var q = _removeRow.Parameters;
            q[0].Value = at;
            q[1].Value = source;
            q[2].Value = sourceId;
            _removeRow.ExecuteNonQuery();
        }
        foreach (var (from, to) in batch.Renames)
        {
            _rename.Parameters[0].Value = from;
            _rename.Parameters[1].Value = to;
            _rename.ExecuteNonQuery();
        }
    }

    private (int Created, int Updated) WriteUpserts(IngestionBatch batch, object storedAt)
    {
        var created = 0;
        var updated = 0;
        var prepared = batch.UpsertRows is { } rows && rows.Length == batch.Upserts.Count ? rows : null;
        for (var i = 0; i < batch.Upserts.Count; i++)
        {
            var row = prepared is not null ? prepared[i] : new OffreRow(batch.Upserts[i]);
            var (exists, tombstoned, old, indexed) = Probe(row.Id);
            var write = !exists ? _insertOffer
                : indexed.Keeps(row) ? _updateOfferContent
                : _updateOffer;
            var p = write.Values;
            p[0] = row.Id;
            p[1] = row.Source;
            p[2] = Value(row.SourceId);
            p[3] = _dialect.ToDbDate(row.DateCreation);
            p[4] = _dialect.ToDbDate(row.DateActualisation);
            p[5] = Value(row.RomeCode);
            p[6] = Value(row.AppellationCode);
            p[7] = Value(row.Commune);
            p[8] = Value(row.CodePostal);
            p[9] = Value(row.Departement);
            p[10] = Value(row.Region);
            p[11] = Value(row.TypeContrat);
            p[12] = Value(row.CodeNaf);
            p[13] = storedAt;
            p[14] = row.Json;
            write.Run();
            if (tombstoned)
            {
                _untomb.Values[0] = row.Id;
                _untomb.Run();
            }
            var kind = exists ? ChangeKind.Updated : ChangeKind.Created;
            Log(row.Id, kind, storedAt, new ChangeCodes(row.RomeCode, row.Commune, row.Departement, row.Region), old);
            if (exists)
                updated++;
            else
                created++;
        }
        return (created, updated);
    }

    private (bool Exists, bool Tombstoned, ChangeCodes Old, IndexedValues Indexed) Probe(string id)
    {
        _probe.Values[0] = id;
        var (exists, tombstoned, old, indexed) = (false, false, default(ChangeCodes), default(IndexedValues));
        try
        {
            for (var row = _probe.Step(); row; row = _probe.Next())
            {
                if (_probe.GetInt64(0) == 1)
                {
                    exists = true;
                    old = new ChangeCodes(_probe.GetText(1), null, _probe.GetText(2), _probe.GetText(3));
                    indexed = new IndexedValues(_probe.GetText(4), _probe.GetText(5), _probe.GetText(6), old.Departement);
                }
                else
                {
                    tombstoned = true;
                }
            }
        }
        finally
        {
            _probe.Reset();
        }
        return (exists, tombstoned, old, indexed);
    }

    /// <summary>A stored offer's values of the offres columns some index holds (the id aside).</summary>
    private readonly record struct IndexedValues(string? Source, string? SourceId, string? Status, string? Departement)
    {
        /// <summary>Whether writing <paramref name="row"/> over the offer leaves every one of them as it is.</summary>
        public bool Keeps(OffreRow row) =>
            string.Equals(Source, row.Source, StringComparison.Ordinal)
            && string.Equals(SourceId, row.SourceId, StringComparison.Ordinal)
            && string.Equals(Status, OffreRow.Published, StringComparison.Ordinal)
            && string.Equals(Departement, row.Departement, StringComparison.Ordinal);
    }

    /// <summary>As <see cref="OffreWrites.DeleteAsync"/>: deletes the offer, keeps its tombstone and logs it; false when it is not stored.</summary>
    private bool Delete(string id, object at)
    {
        ChangeCodes codes;
        var t = _insertTombstone.Parameters;
        _deleteOffer.Parameters[0].Value = id;
        using (var reader = _deleteOffer.ExecuteReader())
        {
            if (!reader.Read())
                return false;
            t[0].Value = id;
            t[1].Value = Value(reader.GetNullableString(0));
            t[2].Value = Value(reader.GetNullableString(1));
            t[3].Value = Value(reader.GetNullableString(2));
            t[4].Value = _dialect.ToDbDate(_dialect.ReadDate(reader, 3));
            t[5].Value = _dialect.ToDbDate(_dialect.ReadDate(reader, 4));
            t[6].Value = at;
            codes = new ChangeCodes(reader.GetNullableString(0), reader.GetNullableString(1), reader.GetNullableString(2), reader.GetNullableString(5));
        }
        _insertTombstone.ExecuteNonQuery();
        Log(id, ChangeKind.Deleted, at, codes, default);
        return true;
    }

    private void Log(string id, ChangeKind kind, object at, ChangeCodes codes, ChangeCodes old)
    {
        var p = _logChange.Values;
        p[0] = id;
        p[1] = (short)kind;
        p[2] = at;
        p[3] = Value(codes.RomeCode);
        p[4] = Value(codes.Commune);
        p[5] = Value(codes.Departement);
        p[6] = Value(codes.Region);
        p[7] = Value(old.RomeCode);
        p[8] = Value(old.Departement);
        p[9] = Value(old.Region);
        _logChange.Run();
    }

    private static object Value(string? value) => (object?)value ?? DBNull.Value;

    private static object Value(int? value) => value is { } v ? v : DBNull.Value;

    private static object Value(long? value) => value is { } v ? v : DBNull.Value;

    private SqliteNativeStatement Native(string sql, params string[] parameters)
    {
        var statement = new SqliteNativeStatement(_connection, sql, parameters);
        _natives.Add(statement);
        return statement;
    }

    private SqliteCommand Prepare(string sql, params string[] parameters)
    {
        var command = (SqliteCommand)_connection.Command(sql);
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
        _commands.Add(command);
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands)
            command.Dispose();
        foreach (var statement in _natives)
            statement.Dispose();
        _connection.Dispose();
        // Last, once the writer's connection is closed: the final TRUNCATE checkpoint empties the WAL.
        _checkpointer.Dispose();
        GC.KeepAlive(_wal);
    }
}
