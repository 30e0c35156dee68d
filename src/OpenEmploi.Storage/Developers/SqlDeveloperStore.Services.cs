using System.Data.Common;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : IReuseServiceStore
{
    public async Task SubmitAsync(ReuseService service, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(service.Id, nameof(service));
        ArgumentException.ThrowIfNullOrWhiteSpace(service.Name, nameof(service));
        ArgumentException.ThrowIfNullOrWhiteSpace(service.Url, nameof(service));
        if (!service.FreeForJobSeekers)
            throw new ArgumentException("Un service doit être gratuit pour les demandeurs d'emploi (licence).", nameof(service));
        if (service.Audiences.Count == 0 || service.Themes.Count == 0
            || service.Audiences.Concat(service.Themes).Any(code => string.IsNullOrEmpty(code) || code.Any(char.IsWhiteSpace)))
            throw new ArgumentException("Publics ou thèmes vides ou contenant une espace.", nameof(service));
        await InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(ReuseServiceSql.Insert, transaction))
            {
                command.Add("@id", service.Id);
                command.Add("@account_id", service.AccountId);
                command.Add("@name", service.Name);
                command.Add("@description", service.Description);
                command.Add("@url", service.Url);
                command.Add("@audiences", string.Join(' ', service.Audiences));
                command.Add("@themes", string.Join(' ', service.Themes));
                command.Add("@free", true);
                command.Add("@submitted_at", DbTime(service.SubmittedAt));
                await command.ExecuteNonQueryAsync(ct);
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    async Task<ReuseService?> IReuseServiceStore.GetAsync(string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await ReadServicesAsync(ReuseServiceSql.SelectById, "@id", id, ct);
        return found.Count == 0 ? null : found[0];
    }

    async Task<IReadOnlyList<ReuseService>> IReuseServiceStore.ListByAccountAsync(string accountId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(accountId);
        return await ReadServicesAsync(ReuseServiceSql.SelectByAccount, "@account_id", accountId, ct);
    }

    async Task<IReadOnlyList<ReuseServiceReview>> IReuseServiceStore.ListPendingAsync(CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ReuseServiceSql.SelectPending);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var items = new List<ReuseServiceReview>();
        while (await reader.ReadAsync(ct))
            items.Add(new ReuseServiceReview(ReadService(reader), reader.GetString(13)));
        return items;
    }

    async Task<IReadOnlyList<ReuseService>> IReuseServiceStore.ListApprovedAsync(CancellationToken ct) =>
        await ReadServicesAsync(ReuseServiceSql.SelectApproved, null, null, ct);

    Task<bool> IReuseServiceStore.ApproveAsync(string id, string operatorId, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken ct) =>
        DecideServiceAsync(ReuseServiceSql.Approve, id, operatorId, at, null, notifications, ct);

    Task<bool> IReuseServiceStore.RejectAsync(string id, string operatorId, DateTimeOffset at, string reason, IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return DecideServiceAsync(ReuseServiceSql.Reject, id, operatorId, at, reason, notifications, ct);
    }

    private Task<bool> DecideServiceAsync(
        string sql, string id, string operatorId, DateTimeOffset at, string? reason, IReadOnlyList<Notification> notifications, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(operatorId);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(sql, transaction))
            {
                command.Add("@id", id);
                command.Add("@operator", operatorId);
                command.Add("@at", DbTime(at));
                if (reason is not null)
                    command.Add("@reason", reason);
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    private async Task<IReadOnlyList<ReuseService>> ReadServicesAsync(string sql, string? parameter, string? value, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(sql);
        if (parameter is not null)
            command.Add(parameter, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var services = new List<ReuseService>();
        while (await reader.ReadAsync(ct))
            services.Add(ReadService(reader));
        return services;
    }

    private ReuseService ReadService(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        reader.GetString(6).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        reader.GetBoolean(7),
        reader.GetString(8) switch
        {
            "pending" => ReuseServiceStatus.Pending,
            "approved" => ReuseServiceStatus.Approved,
            "rejected" => ReuseServiceStatus.Rejected,
            var other => throw new InvalidOperationException($"Statut de service inconnu dans la base : « {other} »."),
        },
        dialect.ReadTime(reader, 9),
        ReadNullableTime(reader, 10),
        reader.GetNullableString(11),
        reader.GetNullableString(12));
}
