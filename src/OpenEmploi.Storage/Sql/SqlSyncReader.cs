using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using OpenEmploi.Core.Offres;

namespace OpenEmploi.Storage.Sql;

/// <summary>
/// One snapshot transaction (<see cref="SqlDialect.BeginSnapshotAsync"/>) held for the reader's
/// life: the log's last sequence is read first, inside it, so offers and changes read afterwards
/// are exactly the base at that sequence. Writers are never blocked (SQLite WAL, PostgreSQL MVCC).
/// </summary>
internal sealed class SqlSyncReader : ISyncReader
{
    private readonly SqlDialect _dialect;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;

    private SqlSyncReader(SqlDialect dialect, DbConnection connection, DbTransaction transaction, long sequence, long prunedThrough)
    {
        _dialect = dialect;
        _connection = connection;
        _transaction = transaction;
        Sequence = sequence;
        PrunedThrough = prunedThrough;
    }

    public long Sequence { get; }

    public long PrunedThrough { get; }

    public static async Task<ISyncReader> OpenAsync(SqlDialect dialect, CancellationToken ct)
    {
        var connection = await dialect.OpenAsync(ct);
        DbTransaction? transaction = null;
        try
        {
            transaction = await dialect.BeginSnapshotAsync(connection, ct);
            long sequence;
            await using (var command = connection.Command(OffreSql.LastSequence, transaction))
                sequence = await command.ScalarInt64Async(ct);
            long pruned;
            await using (var command = connection.Command(OffreSql.SelectMetadata, transaction))
            {
                command.Add("@key", SyncSql.PrunedThroughKey);
                pruned = await command.ExecuteScalarAsync(ct) is string text ? long.Parse(text, CultureInfo.InvariantCulture) : 0;
            }
            return new SqlSyncReader(dialect, connection, transaction, sequence, pruned);
        }
        catch
        {
            if (transaction is not null)
                await transaction.DisposeAsync();
            await connection.DisposeAsync();
            throw;
        }
    }

    public async IAsyncEnumerable<SnapshotOffre> ReadOffersAsync(SyncFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var command = _connection.Command(SyncSql.Offers(filter), _transaction);
        SyncSql.Bind(command, filter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return new SnapshotOffre(reader.GetString(0), _dialect.ReadUtf8(reader, 1));
    }

    public async IAsyncEnumerable<OffreEntry> ReadEntriesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var command = _connection.Command(OffreSql.StreamOffers, _transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return SqlOffreStore.ReadEntry(reader);
    }

    public async IAsyncEnumerable<SyncEvent> ReadChangesAsync(
        long afterSequence, int limit, SyncFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var command = _connection.Command(SyncSql.Changes(filter), _transaction);
        command.Add("@after", afterSequence);
        command.Add("@head", Sequence);
        command.Add("@limit", limit);
        SyncSql.Bind(command, filter);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var sequence = reader.GetInt64(0);
            var id = reader.GetString(1);
            var kind = (ChangeKind)Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture);
            var at = _dialect.ReadTime(reader, 3);
            var live = !reader.IsDBNull(8);
            if (kind != ChangeKind.Deleted && live)
            {
                // The offer as it is now (at Sequence): a later change of it comes later in the log,
                // so a mirror that has followed the log up to Sequence holds exactly this.
                var rome = reader.GetNullableString(9);
                var departement = reader.GetNullableString(11);
                var region = reader.GetNullableString(12);
                if (filter.Matches(rome, departement, region))
                {
                    yield return new SyncEvent(sequence, id, kind, at, rome, reader.GetNullableString(10), departement, region,
                        _dialect.ReadUtf8(reader, 8));
                    continue;
                }
                // Moved out of the filter: a deletion for this mirror, with the codes it has now.
                yield return new SyncEvent(sequence, id, ChangeKind.Deleted, at, rome, reader.GetNullableString(10), departement, region, null);
                continue;
            }
            // Deleted, or created/updated and deleted since: a deletion with the event's codes.
            yield return new SyncEvent(sequence, id, ChangeKind.Deleted, at,
                reader.GetNullableString(4), reader.GetNullableString(5), reader.GetNullableString(6), reader.GetNullableString(7), null);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
