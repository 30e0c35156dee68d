using OpenEmploi.Storage.Sql;
using OpenEmploi.Storage.Sqlite;

namespace OpenEmploi.Storage.Ingestion;

// The batch write on SQLite: one connection (SqliteBatchWriter) opened by the first batch and kept
// until a run finishes or the store is disposed.
internal sealed partial class SqlIngestionStore
{
    // One batch at a time on the kept connection (an import writes its batches one after another;
    // another caller of the same store waits for the batch being written).
    private readonly SemaphoreSlim _sqliteWrite = new(1, 1);
    private SqliteBatchWriter? _sqliteWriter;

    /// <summary>When the import writer's WAL is checkpointed (tests give smaller figures).</summary>
    internal SqliteWalPolicy SqliteWal { get; set; } = SqliteWalPolicy.Import;

    /// <summary>The checkpointer of the writer open now, if any (tests read what it did).</summary>
    internal SqliteWalCheckpointer? SqliteCheckpointer => _sqliteWriter?.Checkpointer;

    private async Task<BatchOutcome> ApplySqliteBatchesAsync(SqliteDialect sqlite, IReadOnlyList<IngestionBatch> batches, CancellationToken ct)
    {
        await _sqliteWrite.WaitAsync(ct);
        try
        {
            ct.ThrowIfCancellationRequested();
            _sqliteWriter ??= await SqliteBatchWriter.OpenAsync(sqlite, SqliteWal, ct);
            try
            {
                return _sqliteWriter.Apply(batches, OffreRow.ToStoreTime(time.GetUtcNow()));
            }
            catch (Microsoft.Data.Sqlite.SqliteException)
            {
                // The transaction is rolled back; a connection in an unknown state is not kept.
                _sqliteWriter.Dispose();
                _sqliteWriter = null;
                throw;
            }
        }
        finally
        {
            _sqliteWrite.Release();
        }
    }

    private async Task CloseSqliteWriterAsync()
    {
        await _sqliteWrite.WaitAsync();
        try
        {
            _sqliteWriter?.Dispose();
            _sqliteWriter = null;
        }
        finally
        {
            _sqliteWrite.Release();
        }
    }
}
