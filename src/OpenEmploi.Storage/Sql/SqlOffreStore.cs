using System.Data.Common;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Migrations;

namespace OpenEmploi.Storage.Sql;

/// <summary>
/// The store over plain ADO.NET, one short-lived connection per call (both providers pool them).
/// Provider differences are in <see cref="SqlDialect"/>. This file holds the writes.
/// </summary>
internal sealed partial class SqlOffreStore : IOffreStore
{
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _time;
    private readonly OffreStoreOptions _options;
    private readonly Migrator _migrator;

    public SqlOffreStore(SqlDialect dialect, TimeProvider time, OffreStoreOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BulkBatchSize, 1);
        _dialect = dialect;
        _time = time;
        _options = options;
        _migrator = new Migrator(dialect, time);
    }

    public StoreKind Kind => _dialect.Kind;

    public Task<int> MigrateAsync(CancellationToken ct = default) => _migrator.MigrateAsync(ct);

    public Task<int> GetSchemaVersionAsync(CancellationToken ct = default) => _migrator.GetVersionAsync(ct);

    public Task<IReadOnlyList<int>> GetPendingMigrationsAsync(CancellationToken ct = default) => _migrator.GetPendingAsync(ct);

    public async Task UpsertSourcesAsync(IEnumerable<Source> sources, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        foreach (var source in sources)
        {
            await using var command = connection.Command(OffreSql.UpsertSource, transaction);
            command.Add("@code", source.Code);
            command.Add("@nom", source.Nom);
            command.Add("@url", source.Url);
            command.Add("@logo", source.Logo);
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    public Task<long> BulkInsertAsync(IEnumerable<OffreEntry> offers, IProgress<long>? progress = null, CancellationToken ct = default) =>
        _dialect.BulkInsertAsync(offers, _time, _options.BulkBatchSize, progress, ct);

    public async Task<ChangeKind> UpsertAsync(OffreEntry offer, CancellationToken ct = default)
    {
        var row = new OffreRow(offer);
        await using var connection = await _dialect.OpenAsync(ct);
        await using var transaction = await _dialect.BeginWriteAsync(connection, ct);
        // Writers are serialised (BeginWriteAsync), so "exists, then insert or update" cannot race.
        bool exists;
        await using (var probe = connection.Command(OffreSql.Exists, transaction))
        {
            probe.Add("@id", row.Id);
            exists = await probe.ExecuteScalarAsync(ct) is not null;
        }
        var now = OffreRow.ToStoreTime(_time.GetUtcNow());
        var kind = exists ? ChangeKind.Updated : ChangeKind.Created;
        try
        {
            var sql = exists ? OffreSql.Update(_dialect.JsonValueSql) : OffreSql.Insert(_dialect.JsonValueSql);
            await using (var write = connection.Command(sql, transaction))
            {
                write.BindOffre(row, _dialect, now);
                await write.ExecuteNonQueryAsync(ct);
            }
        }
        catch (DbException ex) when (_dialect.GetUniqueViolation(ex) is { } violation)
        {
            throw Duplicate(row, violation, committed: 0, ex);
        }
        if (!exists)
            await ExecuteAsync(connection, transaction, OffreSql.DeleteTombstone, row.Id, ct);
        await LogAsync(connection, transaction, row.Id, kind, now, ct);
        await transaction.CommitAsync(ct);
        return kind;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var transaction = await _dialect.BeginWriteAsync(connection, ct);
        var now = OffreRow.ToStoreTime(_time.GetUtcNow());
        await using var insert = connection.Command(OffreSql.InsertTombstone, transaction);
        await using (var delete = connection.Command(OffreSql.DeleteReturning, transaction))
        {
            delete.Add("@id", id);
            await using var reader = await delete.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
                return false; // Nothing written: disposing the transaction rolls it back.
            insert.Add("@id", id);
            insert.Add("@rome_code", reader.GetNullableString(0));
            insert.Add("@commune", reader.GetNullableString(1));
            insert.Add("@departement", reader.GetNullableString(2));
            insert.Add("@date_creation", _dialect.ToDbDate(_dialect.ReadDate(reader, 3)));
            insert.Add("@date_actualisation", _dialect.ToDbDate(_dialect.ReadDate(reader, 4)));
            insert.Add("@deleted_at", _dialect.ToDbTime(now));
        }
        await insert.ExecuteNonQueryAsync(ct);
        await LogAsync(connection, transaction, id, ChangeKind.Deleted, now, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task SetMetadataAsync(string key, string value, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.UpsertMetadata);
        command.Add("@key", key);
        command.Add("@value", value);
        command.Add("@at", _dialect.ToDbTime(OffreRow.ToStoreTime(_time.GetUtcNow())));
        await command.ExecuteNonQueryAsync(ct);
    }

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    internal static DuplicateOffreException Duplicate(in OffreRow row, UniqueViolation violation, long committed, Exception? inner) =>
        Duplicate(row.Id, row.Source, row.SourceId, violation, committed, inner);

    internal static DuplicateOffreException Duplicate(
        string id, string source, string? sourceId, UniqueViolation violation, long committed, Exception? inner)
    {
        var what = violation == UniqueViolation.Id
            ? $"L'offre {id} est déjà enregistrée (ou répétée dans les données)"
            : $"L'offre {id} reprend la référence « {sourceId} » de la source {source}, déjà enregistrée (ou répétée)";
        var batch = committed > 0 ? $" ; {committed} offres des lots précédents restent enregistrées" : "";
        return new DuplicateOffreException(id, committed, $"{what} : rien n'est écrit pour son lot{batch}.", inner);
    }

    private async Task LogAsync(DbConnection connection, DbTransaction transaction, string id, ChangeKind kind, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = connection.Command(OffreSql.InsertChange, transaction);
        command.Add("@id", id);
        command.Add("@kind", (short)kind);
        command.Add("@at", _dialect.ToDbTime(at));
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, string id, CancellationToken ct)
    {
        await using var command = connection.Command(sql, transaction);
        command.Add("@id", id);
        await command.ExecuteNonQueryAsync(ct);
    }
}
