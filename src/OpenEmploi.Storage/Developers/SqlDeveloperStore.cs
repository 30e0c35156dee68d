using System.Data.Common;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

/// <summary>
/// The developer platform's store over the offer store's dialects. This file holds what the parts
/// share (transactions, the outbox insert); one partial file per door: accounts, access requests,
/// credentials and licences, the outbox.
/// </summary>
internal sealed partial class SqlDeveloperStore(SqlDialect dialect, TimeProvider time) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    private object DbTime(DateTimeOffset value) => dialect.ToDbTime(OffreRow.ToStoreTime(value));

    private object? DbTime(DateTimeOffset? value) => value is { } time ? DbTime(time) : null;

    private DateTimeOffset? ReadNullableTime(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : dialect.ReadTime(reader, ordinal);

    /// <summary>
    /// Runs <paramref name="body"/> in a transaction that commits when it returns true. Not the
    /// change-log writer's transaction: these rows are not offers, so ingestion need not wait.
    /// </summary>
    private async Task<bool> InTransactionAsync(Func<DbConnection, DbTransaction, Task<bool>> body, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        if (!await body(connection, transaction))
        {
            await transaction.RollbackAsync(ct);
            return false;
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    private async Task InsertNotificationsAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notifications);
        var at = DbTime(time.GetUtcNow());
        foreach (var notification in notifications)
        {
            ArgumentNullException.ThrowIfNull(notification, nameof(notifications));
            ArgumentException.ThrowIfNullOrWhiteSpace(notification.Recipient, nameof(notifications));
            await using var command = connection.Command(DeveloperSql.InsertNotification, transaction);
            command.Add("@kind", notification.Kind);
            command.Add("@recipient", Account.NormaliseEmail(notification.Recipient));
            command.Add("@subject", notification.Subject);
            command.Add("@body", notification.Body);
            command.Add("@at", at);
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
