using System.Data;
using System.Data.Common;
using System.Globalization;

namespace OpenEmploi.Mirror.Database;

/// <summary>
/// One snapshot or one page of changes, applied in one transaction with the state row. Disposed
/// without <see cref="CommitSnapshotAsync"/> or <see cref="CommitPageAsync"/>, it leaves nothing.
/// </summary>
public sealed class MirrorTransaction : IAsyncDisposable
{
    private readonly DbTransaction _transaction;
    private readonly long _version;
    private readonly DbCommand _upsert;
    private readonly DbCommand _insert;
    private readonly DbCommand _delete;

    internal MirrorTransaction(MirrorDatabase database, DbTransaction transaction, long version)
    {
        _transaction = transaction;
        _version = version;
        // One command each, reused for every row: the providers prepare them once.
        _upsert = Prepare(database, MirrorSql.Upsert, "@id", "@offre", "@sequence");
        _insert = Prepare(database, MirrorSql.Insert, "@id", "@offre", "@sequence");
        _delete = Prepare(database, MirrorSql.Delete, "@id");
        Database = database;
    }

    private MirrorDatabase Database { get; }

    /// <summary>A snapshot replaces the whole mirror.</summary>
    public async Task DeleteAllAsync(CancellationToken ct)
    {
        await using var command = Database.Command(_transaction, MirrorSql.DeleteAll);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A snapshot's offer (the mirror was emptied first).</summary>
    public Task InsertAsync(string id, string offre, long sequence, CancellationToken ct) => WriteAsync(_insert, id, offre, sequence, ct);

    /// <summary>"creation" or "modification": both an upsert, as the feed asks.</summary>
    public Task UpsertAsync(string id, string offre, long sequence, CancellationToken ct) => WriteAsync(_upsert, id, offre, sequence, ct);

    /// <summary>"suppression": the offer goes (the licence forbids keeping it). Absent already is fine.</summary>
    public async Task DeleteAsync(string id, CancellationToken ct)
    {
        _delete.Parameters[0].Value = id;
        await _delete.ExecuteNonQueryAsync(ct);
    }

    public async Task CommitSnapshotAsync(string source, string filter, long sequence, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Database.Command(_transaction, MirrorSql.CommitSnapshot);
        Add(command, "@source", source);
        Add(command, "@filter", filter);
        Add(command, "@sequence", sequence);
        Add(command, "@now", Text(now));
        Add(command, "@version", _version);
        await CommitAsync(command, ct);
    }

    public async Task CommitPageAsync(long next, long head, bool caughtUp, string? etag, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Database.Command(_transaction, MirrorSql.CommitPage);
        Add(command, "@next", next);
        Add(command, "@head", head);
        Add(command, "@caught_up", caughtUp ? 1 : 0);
        Add(command, "@etag", etag);
        Add(command, "@now", Text(now));
        Add(command, "@version", _version);
        await CommitAsync(command, ct);
    }

    private async Task CommitAsync(DbCommand stateUpdate, CancellationToken ct)
    {
        if (await stateUpdate.ExecuteNonQueryAsync(ct) != 1)
        {
            throw new InvalidOperationException(
                $"La base miroir {Database.Location.Display} a été modifiée par un autre processus pendant cette mise à jour : "
                + "un seul « openemploi mirror » à la fois par base. Cette mise à jour est annulée.");
        }
        await _transaction.CommitAsync(ct);
    }

    private static async Task WriteAsync(DbCommand command, string id, string offre, long sequence, CancellationToken ct)
    {
        command.Parameters[0].Value = id;
        command.Parameters[1].Value = offre;
        command.Parameters[2].Value = sequence;
        await command.ExecuteNonQueryAsync(ct);
    }

    private DbCommand Prepare(MirrorDatabase database, string sql, params string[] names)
    {
        var command = database.Command(_transaction, sql);
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        if (value is null or string)
            parameter.DbType = DbType.String;
        command.Parameters.Add(parameter);
    }

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _upsert.DisposeAsync();
        await _insert.DisposeAsync();
        await _delete.DisposeAsync();
        await _transaction.DisposeAsync();
    }
}
