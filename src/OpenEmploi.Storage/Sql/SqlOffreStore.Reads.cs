using System.Data.Common;
using System.Runtime.CompilerServices;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Storage.Sql;

internal sealed partial class SqlOffreStore
{
    public async Task<IReadOnlyList<Source>> GetSourcesAsync(CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.SelectSources);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var sources = new List<Source>();
        while (await reader.ReadAsync(ct))
            sources.Add(new Source(reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetNullableString(3)));
        return sources;
    }

    public async Task<Offre?> GetAsync(string id, CancellationToken ct = default)
    {
        var json = await GetJsonAsync(id, ct);
        return json is null ? null : OffreJson.Deserialize(json);
    }

    public async Task<string?> GetJsonAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.SelectJson);
        command.Add("@id", id);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    public async Task<IReadOnlyDictionary<string, byte[]>> GetJsonUtf8ManyAsync(IReadOnlyList<string> ids, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var documents = new Dictionary<string, byte[]>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0)
            return documents;
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(_dialect.SelectJsonManySql(ids.Count));
        _dialect.AddIds(command, ids);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            documents[reader.GetString(0)] = _dialect.ReadUtf8(reader, 1);
        return documents;
    }

    public async Task<Tombstone?> GetTombstoneAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.SelectTombstone);
        command.Add("@id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            return null;
        return new Tombstone(
            reader.GetString(0),
            reader.GetNullableString(1),
            reader.GetNullableString(2),
            reader.GetNullableString(3),
            _dialect.ReadDate(reader, 4),
            _dialect.ReadDate(reader, 5),
            _dialect.ReadTime(reader, 6));
    }

    public async IAsyncEnumerable<ChangeLogEntry> ReadChangesAsync(
        long afterSequence, int limit, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.ReadChanges);
        command.Add("@after", afterSequence);
        command.Add("@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new ChangeLogEntry(
                reader.GetInt64(0),
                reader.GetString(1),
                (ChangeKind)reader.GetInt16(2),
                _dialect.ReadTime(reader, 3));
        }
    }

    public async Task<long> GetLastSequenceAsync(CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.LastSequence);
        return await command.ScalarInt64Async(ct);
    }

    public async Task<DateTimeOffset?> GetFirstChangeTimeAfterAsync(long afterSequence, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.FirstChangeTimeAfter);
        command.Add("@after", afterSequence);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? _dialect.ReadTime(reader, 0) : null;
    }

    public async IAsyncEnumerable<OffreEntry> StreamOffersAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var transaction = await _dialect.BeginSnapshotAsync(connection, ct);
        await using var command = connection.Command(OffreSql.StreamOffers, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return ReadEntry(reader);
    }

    public async Task<OffreEntry?> GetEntryAsync(string id, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.SelectEntry);
        command.Add("@id", id);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadEntry(reader) : null;
    }

    internal static OffreEntry ReadEntry(System.Data.Common.DbDataReader reader) => new(
        OffreJson.Deserialize(reader.GetString(0)),
        reader.GetString(1),
        reader.GetNullableString(2),
        reader.GetNullableString(3),
        reader.GetNullableString(4),
        reader.GetNullableString(5));

    public Task<ISyncReader> OpenSyncReaderAsync(CancellationToken ct = default) => SqlSyncReader.OpenAsync(_dialect, ct);

    public async Task<long> PruneChangesAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var transaction = await _dialect.BeginWriteAsync(connection, ct);
        long through;
        await using (var command = connection.Command(SyncSql.LastPrunable, transaction))
        {
            command.Add("@before", _dialect.ToDbTime(OffreRow.ToStoreTime(before)));
            through = await command.ScalarInt64Async(ct);
        }
        long previous;
        await using (var command = connection.Command(OffreSql.SelectMetadata, transaction))
        {
            command.Add("@key", SyncSql.PrunedThroughKey);
            previous = await command.ExecuteScalarAsync(ct) is string text ? long.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : 0;
        }
        if (through <= previous)
            return previous;
        await using (var command = connection.Command(SyncSql.Prune, transaction))
        {
            command.Add("@through", through);
            await command.ExecuteNonQueryAsync(ct);
        }
        await using (var command = connection.Command(OffreSql.UpsertMetadata, transaction))
        {
            command.Add("@key", SyncSql.PrunedThroughKey);
            command.Add("@value", through.ToString(System.Globalization.CultureInfo.InvariantCulture));
            command.Add("@at", _dialect.ToDbTime(OffreRow.ToStoreTime(_time.GetUtcNow())));
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return through;
    }

    public async Task<long> CountOffersAsync(CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.CountLive);
        return await command.ScalarInt64Async(ct);
    }

    public async Task<StoreStatistics> GetStatisticsAsync(CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var transaction = await _dialect.BeginSnapshotAsync(connection, ct);
        var byStatus = await CountByAsync(connection, transaction, "status", ct);
        var bySource = await CountByAsync(connection, transaction, "source", ct);
        var byDepartement = await CountByAsync(connection, transaction, "departement", ct);
        long tombstones;
        await using (var command = connection.Command("SELECT count(*) FROM tombstones", transaction))
            tombstones = await command.ScalarInt64Async(ct);
        long last;
        await using (var command = connection.Command(OffreSql.LastSequence, transaction))
            last = await command.ScalarInt64Async(ct);
        return new StoreStatistics(byStatus.Values.Sum(), tombstones, last, byStatus, bySource, byDepartement);
    }

    public async Task<string?> GetMetadataAsync(string key, CancellationToken ct = default)
    {
        await using var connection = await _dialect.OpenAsync(ct);
        await using var command = connection.Command(OffreSql.SelectMetadata);
        command.Add("@key", key);
        return await command.ExecuteScalarAsync(ct) as string;
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountByAsync(
        DbConnection connection, DbTransaction transaction, string column, CancellationToken ct)
    {
        // column is one of three literals above, never input.
        await using var command = connection.Command($"SELECT {column}, count(*) FROM offres GROUP BY {column}", transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct))
            counts[reader.GetNullableString(0) ?? StoreStatistics.Unknown] = reader.GetInt64(1);
        return counts;
    }
}
