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
/// file for each batch; every statement is prepared once and its parameters are created once,
/// then re-bound per row; documents and offers' JSON are bound as their UTF-8 bytes. SQLite runs
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
    private readonly SqliteCommand _upsertRow;
    private readonly SqliteCommand _rowPrint;
    private readonly SqliteCommand _touchRow;
    private readonly SqliteCommand _removeRow;
    private readonly SqliteCommand _rename;
    private readonly SqliteCommand _probe;
    private readonly SqliteCommand _insertOffer;
    private readonly SqliteCommand _updateOffer;
    private readonly SqliteCommand _updateOfferContent;
    private readonly SqliteCommand _untomb;
    private readonly SqliteCommand _logChange;
    private readonly SqliteCommand _deleteOffer;
    private readonly SqliteCommand _insertTombstone;
    private readonly SqliteCommand _counters;

    private SqliteBatchWriter(SqliteDialect dialect, SqliteConnection connection, SqliteWalCheckpointer checkpointer)
    {
        _dialect = dialect;
        _connection = connection;
        _checkpointer = checkpointer;
        _wal = SqliteWalHook.Install(connection);
        _upsertRow = Prepare(IngestionSql.UpsertRowUtf8, RowParameters);
        _rowPrint = Prepare(IngestionSql.UpsertRowPrint, "@source_code", "@source_id", "@version", "@print");
        _touchRow = Prepare(IngestionSql.TouchRow, "@at", "@run", "@source_code", "@source_id");
        _removeRow = Prepare(IngestionSql.RemoveRow, "@at", "@source_code", "@source_id");
        _rename = Prepare(IngestionSql.RenamePublished, "@from", "@to");
        _probe = Prepare(ProbeSql, "@id");
        _insertOffer = Prepare(OffreSql.Insert(dialect.JsonValueSql), OffreParameters);
        _updateOffer = Prepare(OffreSql.Update(dialect.JsonValueSql), OffreParameters);
        // The same parameters (those of the indexed columns bound and left unused): one binding code.
        _updateOfferContent = Prepare(OffreSql.UpdateContent(dialect.JsonValueSql), OffreParameters);
        _untomb = Prepare(OffreSql.DeleteTombstone, "@id");
        _logChange = Prepare(OffreSql.InsertChange, OffreSql.InsertChangeParameters);
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
        using var transaction = _connection.BeginTransaction(deferred: false);
        foreach (var command in _commands)
            command.Transaction = transaction;
        var storedAt = _dialect.ToDbTime(now);
        var outcome = BatchOutcome.None;
        foreach (var batch in batches)
            outcome = outcome.Plus(Write(batch, storedAt));
        transaction.Commit();
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
        var p = _upsertRow.Parameters;
        for (var i = 0; i < batch.Rows.Count; i++)
        {
            var row = batch.Rows[i];
            p[0].Value = row.SourceCode;
            p[1].Value = row.SourceId;
            p[2].Value = Value(row.PublishedId);
            p[3].Value = row.Status;
            p[4].Value = row.Codes.Count == 0 ? "" : string.Join(' ', row.Codes);
            p[5].Value = row.Reasons.Count == 0 ? "[]" : JsonSerializer.Serialize(row.Reasons, IngestionJson.Options);
            p[6].Value = Value(row.FraudScore);
            p[7].Value = Value(row.Completeness);
            p[8].Value = Value(row.ContentHash);
            p[9].Value = row.Poster;
            p[10].Value = Value(row.Siret);
            p[11].Value = Value(row.AppellationCode);
            p[12].Value = Value(row.Departement);
            p[13].Value = Value(row.Region);
            p[14].Value = row.ValidThrough is { } until ? _dialect.ToDbTime(OffreRow.ToStoreTime(until)) : DBNull.Value;
            p[15].Value = _dialect.ToDbTime(OffreRow.ToStoreTime(row.FirstSeenAt));
            p[16].Value = _dialect.ToDbTime(OffreRow.ToStoreTime(row.LastSeenAt));
            p[17].Value = row.RemovedAt is { } removed ? _dialect.ToDbTime(OffreRow.ToStoreTime(removed)) : DBNull.Value;
            p[18].Value = Value(row.LastRunId);
            p[19].Value = batch.DocumentOf(i) is { } utf8 ? utf8 : Value(row.Document);
            _upsertRow.ExecuteNonQuery();
            if (batch.PrintOf(i) is { } print)
            {
                var q = _rowPrint.Parameters;
                q[0].Value = row.SourceCode;
                q[1].Value = row.SourceId;
                q[2].Value = batch.PrintVersion;
                q[3].Value = print;
                _rowPrint.ExecuteNonQuery();
            }
        }
        foreach (var (source, sourceId) in batch.Seen)
        {
            var q = _touchRow.Parameters;
            q[0].Value = at;
            q[1].Value = Value(batch.RunId);
            q[2].Value = source;
            q[3].Value = sourceId;
            _touchRow.ExecuteNonQuery();
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
            var p = write.Parameters;
            p[0].Value = row.Id;
            p[1].Value = row.Source;
            p[2].Value = Value(row.SourceId);
            p[3].Value = _dialect.ToDbDate(row.DateCreation);
            p[4].Value = _dialect.ToDbDate(row.DateActualisation);
            p[5].Value = Value(row.RomeCode);
            p[6].Value = Value(row.AppellationCode);
            p[7].Value = Value(row.Commune);
            p[8].Value = Value(row.CodePostal);
            p[9].Value = Value(row.Departement);
            p[10].Value = Value(row.Region);
            p[11].Value = Value(row.TypeContrat);
            p[12].Value = Value(row.CodeNaf);
            p[13].Value = storedAt;
            p[14].Value = row.Json;
            write.ExecuteNonQuery();
            if (tombstoned)
            {
                _untomb.Parameters[0].Value = row.Id;
                _untomb.ExecuteNonQuery();
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
        _probe.Parameters[0].Value = id;
        var (exists, tombstoned, old, indexed) = (false, false, default(ChangeCodes), default(IndexedValues));
        using var reader = _probe.ExecuteReader();
        while (reader.Read())
        {
            if (reader.GetInt64(0) == 1)
            {
                exists = true;
                old = new ChangeCodes(reader.GetNullableString(1), null, reader.GetNullableString(2), reader.GetNullableString(3));
                indexed = new IndexedValues(reader.GetNullableString(4), reader.GetNullableString(5), reader.GetNullableString(6), old.Departement);
            }
            else
            {
                tombstoned = true;
            }
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
        var p = _logChange.Parameters;
        p[0].Value = id;
        p[1].Value = (short)kind;
        p[2].Value = at;
        p[3].Value = Value(codes.RomeCode);
        p[4].Value = Value(codes.Commune);
        p[5].Value = Value(codes.Departement);
        p[6].Value = Value(codes.Region);
        p[7].Value = Value(old.RomeCode);
        p[8].Value = Value(old.Departement);
        p[9].Value = Value(old.Region);
        _logChange.ExecuteNonQuery();
    }

    private static object Value(string? value) => (object?)value ?? DBNull.Value;

    private static object Value(int? value) => value is { } v ? v : DBNull.Value;

    private static object Value(long? value) => value is { } v ? v : DBNull.Value;

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
        _connection.Dispose();
        // Last, once the writer's connection is closed: the final TRUNCATE checkpoint empties the WAL.
        _checkpointer.Dispose();
        GC.KeepAlive(_wal);
    }
}
