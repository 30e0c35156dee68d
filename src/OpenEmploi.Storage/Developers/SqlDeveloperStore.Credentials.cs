using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : ICredentialStore
{
    public Task<bool> RotateSecretAsync(
        string clientId, string newSecretHash, DateTimeOffset previousValidUntil, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(newSecretHash);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(ApplicationSql.RotateSecret, transaction))
            {
                command.Add("@client_id", clientId);
                command.Add("@secret_hash", newSecretHash);
                command.Add("@valid_until", DbTime(previousValidUntil));
                command.Add("@at", DbTime(time.GetUtcNow()));
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public Task<bool> RevokeAsync(string clientId, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(ApplicationSql.Revoke, transaction))
            {
                command.Add("@client_id", clientId);
                command.Add("@at", DbTime(time.GetUtcNow()));
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }
}
