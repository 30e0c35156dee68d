using System.Data.Common;

namespace OpenEmploi.Storage.Sql;

/// <summary>
/// Many small statements of one transaction, run in order with as few round trips and prepares as
/// the provider allows: queued into a <see cref="DbBatch"/> and sent together where the provider
/// has batches (PostgreSQL: one round trip per <see cref="MaxQueued"/> statements instead of one
/// each), otherwise run at once through one command per SQL text, kept prepared and re-bound
/// (SQLite, in process: preparing a statement costs more than running it). Statements whose
/// results are read are not for this class: <see cref="FlushAsync"/> first, then run them apart.
/// </summary>
internal sealed class StatementBatch(DbConnection connection, DbTransaction transaction) : IAsyncDisposable
{
    public const int MaxQueued = 1000;

    private readonly bool _batching = connection.CanCreateBatch;
    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);
    private DbBatch? _batch;

    /// <summary>Runs (or queues) one statement; <paramref name="bind"/> adds its parameters.</summary>
    public async ValueTask ExecuteAsync<TState>(string sql, TState state, Action<Parameters, TState> bind, CancellationToken ct)
    {
        if (_batching)
        {
            if (_batch is null)
            {
                _batch = connection.CreateBatch();
                _batch.Transaction = transaction;
            }
            var queued = _batch.CreateBatchCommand();
            queued.CommandText = sql;
            bind(new Parameters(queued.Parameters, queued.CreateParameter), state);
            _batch.BatchCommands.Add(queued);
            if (_batch.BatchCommands.Count >= MaxQueued)
                await FlushAsync(ct);
            return;
        }
        if (!_prepared.TryGetValue(sql, out var command))
            _prepared.Add(sql, command = connection.Command(sql, transaction));
        command.Parameters.Clear();
        bind(new Parameters(command.Parameters, command.CreateParameter), state);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Sends what is queued.</summary>
    public async ValueTask FlushAsync(CancellationToken ct)
    {
        if (_batch is null)
            return;
        var batch = _batch;
        _batch = null;
        await using (batch)
        {
            if (batch.BatchCommands.Count > 0)
                await batch.ExecuteNonQueryAsync(ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _prepared.Values)
            await command.DisposeAsync();
        _prepared.Clear();
        if (_batch is not null)
            await _batch.DisposeAsync();
    }

    /// <summary>Where a statement's parameters go, whether it runs now or is queued.</summary>
    public readonly struct Parameters(DbParameterCollection collection, Func<DbParameter> create)
    {
        public void Add(string name, object? value)
        {
            var parameter = create();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            collection.Add(parameter);
        }
    }
}
