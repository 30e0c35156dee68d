using System.Data.Common;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : IAccessRequestStore
{
    public async Task SubmitAsync(AccessRequest request, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Id, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IntendedUse, nameof(request));
        if (request.Scopes.Count == 0 || request.Scopes.Any(scope => string.IsNullOrEmpty(scope) || scope.Any(char.IsWhiteSpace)))
            throw new ArgumentException("Scopes demandés vides ou contenant une espace.", nameof(request));
        await InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(DeveloperSql.InsertRequest, transaction))
            {
                command.Add("@id", request.Id);
                command.Add("@account_id", request.AccountId);
                command.Add("@name", request.Name);
                command.Add("@scopes", string.Join(' ', request.Scopes));
                command.Add("@intended_use", request.IntendedUse);
                command.Add("@licence_version", request.LicenceVersion);
                command.Add("@submitted_at", DbTime(request.SubmittedAt));
                command.Add("@deadline_at", DbTime(request.DeadlineAt));
                await command.ExecuteNonQueryAsync(ct);
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    async Task<AccessRequest?> IAccessRequestStore.GetAsync(string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await ReadRequestsAsync(DeveloperSql.SelectRequestById, "@id", id, ct);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<AccessRequest?> FindByClientIdAsync(string clientId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        var found = await ReadRequestsAsync(DeveloperSql.SelectRequestByClientId, "@client_id", clientId, ct);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<AccessRequest>> ListByAccountAsync(string accountId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        return ReadRequestsAsync(DeveloperSql.SelectRequestsByAccount, "@account_id", accountId, ct);
    }

    public async Task<IReadOnlyList<ReviewItem>> ListPendingAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.SelectPendingRequests);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var items = new List<ReviewItem>();
        while (await reader.ReadAsync(ct))
            items.Add(new ReviewItem(ReadRequest(reader), reader.GetString(14)));
        return items;
    }

    public Task<bool> ApproveAsync(
        string id, string operatorId, DateTimeOffset at, ApiApplication application, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(operatorId);
        SqlApplicationStore.Validate(application);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(DeveloperSql.ApproveRequest, transaction))
            {
                command.Add("@id", id);
                command.Add("@operator", operatorId);
                command.Add("@at", DbTime(at));
                command.Add("@client_id", application.ClientId);
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await SqlApplicationStore.InsertAsync(dialect, connection, transaction, application, ct);
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public async Task<bool> MarkCredentialsIssuedAsync(string id, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(DeveloperSql.MarkCredentialsIssued);
        command.Add("@id", id);
        command.Add("@at", DbTime(at));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public Task<bool> RefuseAsync(
        string id, string operatorId, DateTimeOffset at, string reason, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(operatorId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(DeveloperSql.RefuseRequest, transaction))
            {
                command.Add("@id", id);
                command.Add("@operator", operatorId);
                command.Add("@at", DbTime(at));
                command.Add("@reason", reason);
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    private async Task<IReadOnlyList<AccessRequest>> ReadRequestsAsync(string sql, string parameter, string value, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(sql);
        command.Add(parameter, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var requests = new List<AccessRequest>();
        while (await reader.ReadAsync(ct))
            requests.Add(ReadRequest(reader));
        return requests;
    }

    private AccessRequest ReadRequest(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        reader.GetString(4),
        reader.GetInt32(5),
        FromDbRequestStatus(reader.GetString(6)),
        dialect.ReadTime(reader, 7),
        dialect.ReadTime(reader, 8),
        ReadNullableTime(reader, 9),
        reader.GetNullableString(10),
        reader.GetNullableString(11),
        reader.GetNullableString(12))
    {
        CredentialsIssuedAt = ReadNullableTime(reader, 13),
    };

    private static AccessRequestStatus FromDbRequestStatus(string value) => value switch
    {
        "pending" => AccessRequestStatus.Pending,
        "approved" => AccessRequestStatus.Approved,
        "refused" => AccessRequestStatus.Refused,
        _ => throw new InvalidOperationException($"Statut de demande d'accès inconnu dans la base : « {value} »."),
    };
}
