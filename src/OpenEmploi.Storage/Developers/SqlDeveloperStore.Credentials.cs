using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : ICredentialStore, ILicenceStore
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

    public async Task<LicenceVersion> GetCurrentAsync(CancellationToken ct = default) =>
        await ReadLicenceAsync(DeveloperSql.SelectCurrentLicence, null, ct)
        ?? throw new InvalidOperationException("Aucune version de la licence dans la base : le schéma 10 en installe une.");

    public Task<LicenceVersion?> GetAsync(int version, CancellationToken ct = default) =>
        ReadLicenceAsync(DeveloperSql.SelectLicence, version, ct);

    private async Task<LicenceVersion?> ReadLicenceAsync(string sql, int? version, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(sql);
        if (version is { } number)
            command.Add("@version", number);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? new LicenceVersion(reader.GetInt32(0), reader.GetString(1), dialect.ReadTime(reader, 2)) : null;
    }
}
