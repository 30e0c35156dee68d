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
        var now = OffreRow.ToStoreTime(_time.GetUtcNow());
        ChangeKind kind;
        try
        {
            kind = await OffreWrites.UpsertAsync(_dialect, connection, transaction, row, now, ct);
        }
        catch (DbException ex) when (_dialect.GetUniqueViolation(ex) is { } violation)
        {
            throw Duplicate(row, violation, committed: 0, ex);
        }
        await transaction.CommitAsync(ct);
        return kind;
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var transaction = await _dialect.BeginWriteAsync(connection, ct);
        // Nothing written when the offer is not stored: disposing the transaction rolls it back.
        if (!await OffreWrites.DeleteAsync(_dialect, connection, transaction, id, OffreRow.ToStoreTime(_time.GetUtcNow()), ct))
            return false;
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
}
