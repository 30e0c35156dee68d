using System.Data.Common;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : INotificationOutbox
{
    /// <summary>Long errors (a stack of SMTP replies) are cut: the outbox keeps what helps, not everything.</summary>
    private const int MaxErrorLength = 2_000;

    public Task EnqueueAsync(IReadOnlyList<Notification> notifications, CancellationToken ct = default) =>
        InTransactionAsync(async (connection, transaction) =>
        {
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);

    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string node, TimeSpan lease, int max, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(node);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        var now = time.GetUtcNow();
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.ClaimNotifications);
        command.Add("@node", node);
        command.Add("@now", DbTime(now));
        command.Add("@lease_until", DbTime(now + lease));
        command.Add("@max", max);
        var claimed = await ReadMessagesAsync(command, ct);
        // RETURNING gives no order: deliver oldest first all the same.
        return [.. claimed.OrderBy(message => message.Id)];
    }

    public async Task<bool> MarkSentAsync(long id, string node, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.MarkSent);
        command.Add("@id", id);
        command.Add("@node", node);
        command.Add("@at", DbTime(time.GetUtcNow()));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<bool> MarkAttemptFailedAsync(long id, string node, string error, DateTimeOffset retryAt, bool giveUp, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(error);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.MarkAttemptFailed);
        command.Add("@id", id);
        command.Add("@node", node);
        command.Add("@error", error.Length > MaxErrorLength ? error[..MaxErrorLength] : error);
        command.Add("@retry_at", DbTime(retryAt));
        command.Add("@failed_at", giveUp ? DbTime(time.GetUtcNow()) : null);
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListByRecipientAsync(string recipient, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.SelectNotificationsByRecipient);
        command.Add("@recipient", Account.NormaliseEmail(recipient));
        return await ReadMessagesAsync(command, ct);
    }

    private async Task<List<OutboxMessage>> ReadMessagesAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var messages = new List<OutboxMessage>();
        while (await reader.ReadAsync(ct))
        {
            messages.Add(new OutboxMessage(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                dialect.ReadTime(reader, 5),
                reader.GetInt32(6),
                dialect.ReadTime(reader, 7),
                ReadNullableTime(reader, 8),
                ReadNullableTime(reader, 9),
                reader.GetNullableString(10)));
        }
        return messages;
    }
}
