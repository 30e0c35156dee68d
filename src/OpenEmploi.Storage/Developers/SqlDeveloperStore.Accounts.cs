using System.Data.Common;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : IAccountStore
{
    public async Task CreateAsync(Account account, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentException.ThrowIfNullOrWhiteSpace(account.Id, nameof(account));
        ArgumentException.ThrowIfNullOrWhiteSpace(account.Email, nameof(account));
        ArgumentException.ThrowIfNullOrWhiteSpace(account.PasswordHash, nameof(account));
        ArgumentException.ThrowIfNullOrWhiteSpace(account.SecurityStamp, nameof(account));
        var created = await InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(DeveloperSql.InsertAccount, transaction))
            {
                command.Add("@id", account.Id);
                command.Add("@email", Account.NormaliseEmail(account.Email));
                command.Add("@password_hash", account.PasswordHash);
                command.Add("@role", ToDbRole(account.Role));
                command.Add("@email_confirmed_at", DbTime(account.EmailConfirmedAt));
                command.Add("@security_stamp", account.SecurityStamp);
                command.Add("@created_at", DbTime(account.CreatedAt));
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
        if (!created)
            throw new DuplicateAccountException($"Un compte existe déjà avec l'adresse {Account.NormaliseEmail(account.Email)}.");
    }

    public Task<Account?> GetAsync(string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAccountAsync(DeveloperSql.SelectAccountById, "@id", id, ct);
    }

    public Task<Account?> FindByEmailAsync(string email, CancellationToken ct = default) =>
        ReadAccountAsync(DeveloperSql.SelectAccountByEmail, "@email", Account.NormaliseEmail(email), ct);

    public async Task<bool> ConfirmEmailAsync(string id, string email, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.ConfirmEmail);
        command.Add("@id", id);
        command.Add("@email", Account.NormaliseEmail(email));
        command.Add("@at", DbTime(at));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<LoginFailure> RecordFailedLoginAsync(string id, int maxFailures, DateTimeOffset lockUntil, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFailures, 1);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.RecordFailedLogin);
        command.Add("@id", id);
        command.Add("@max", maxFailures);
        command.Add("@lock_until", DbTime(lockUntil));
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
            throw new InvalidOperationException($"Compte {id} introuvable.");
        return new LoginFailure(reader.GetInt32(0), ReadNullableTime(reader, 1));
    }

    public async Task RecordSuccessfulLoginAsync(string id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.RecordSuccessfulLogin);
        command.Add("@id", id);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> SetPasswordAsync(string id, string expectedStamp, string passwordHash, string newStamp, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(expectedStamp);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(newStamp);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.SetPassword);
        command.Add("@id", id);
        command.Add("@expected_stamp", expectedStamp);
        command.Add("@password_hash", passwordHash);
        command.Add("@new_stamp", newStamp);
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task<IReadOnlyList<Account>> ListAsync(AccountRole role, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.SelectAccountsByRole);
        command.Add("@role", ToDbRole(role));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var accounts = new List<Account>();
        while (await reader.ReadAsync(ct))
            accounts.Add(ReadAccount(reader));
        return accounts;
    }

    private async Task<Account?> ReadAccountAsync(string sql, string parameter, string value, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(sql);
        command.Add(parameter, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadAccount(reader) : null;
    }

    private Account ReadAccount(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        FromDbRole(reader.GetString(3)),
        ReadNullableTime(reader, 4),
        reader.GetString(5),
        reader.GetInt32(6),
        ReadNullableTime(reader, 7),
        dialect.ReadTime(reader, 8));

    private static string ToDbRole(AccountRole role) => role switch
    {
        AccountRole.Reuser => "reuser",
        AccountRole.Operator => "operator",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Rôle de compte inconnu."),
    };

    private static AccountRole FromDbRole(string value) => value switch
    {
        "reuser" => AccountRole.Reuser,
        "operator" => AccountRole.Operator,
        _ => throw new InvalidOperationException($"Rôle de compte inconnu dans la base : « {value} »."),
    };
}
