using System.Data.Common;
using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : IEnforcementStore, IScheduledJobStore
{
    public Task<bool> SuspendAsync(string clientId, string reason, string? actor, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return ChangeApplicationAsync(LicenceSql.Suspend, clientId, LicenceEventKinds.Suspended, reason, actor, notifications,
            command => command.Add("@reason", reason), ct);
    }

    public Task<bool> ReinstateAsync(string clientId, string? actor, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return ChangeApplicationAsync(LicenceSql.Reinstate, clientId, LicenceEventKinds.Reinstated, "Accès rétabli.", actor, notifications, _ => { }, ct);
    }

    private Task<bool> ChangeApplicationAsync(
        string sql, string clientId, string kind, string detail, string? actor, IReadOnlyList<Notification> notifications,
        Action<DbCommand> bind, CancellationToken ct)
    {
        var at = time.GetUtcNow();
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(sql, transaction))
            {
                command.Add("@client_id", clientId);
                command.Add("@at", DbTime(at));
                bind(command);
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertEventAsync(connection, transaction, clientId, at, kind, detail, actor, ct);
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public Task<bool> SendNoticeAsync(LicenceNotice notice, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentException.ThrowIfNullOrWhiteSpace(notice.Reason, nameof(notice));
        return InTransactionAsync(async (connection, transaction) =>
        {
            if (!await IsLiveAsync(connection, transaction, notice.ClientId, ct))
                return false;
            await using (var command = connection.Command(LicenceSql.InsertNotice, transaction))
            {
                command.Add("@id", notice.Id);
                command.Add("@client_id", notice.ClientId);
                command.Add("@reason", notice.Reason);
                command.Add("@sent_at", DbTime(notice.SentAt));
                command.Add("@sent_by", notice.SentBy);
                command.Add("@deadline_at", DbTime(notice.DeadlineAt));
                await command.ExecuteNonQueryAsync(ct);
            }
            await InsertEventAsync(connection, transaction, notice.ClientId, notice.SentAt, LicenceEventKinds.NoticeSent, notice.Reason, notice.SentBy, ct);
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public Task<bool> LiftNoticeAsync(string noticeId, string? actor, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        var at = time.GetUtcNow();
        return InTransactionAsync(async (connection, transaction) =>
        {
            var notice = await ReadNoticesAsync(connection, transaction, LicenceSql.SelectNotice, "@id", noticeId, ct);
            if (notice.Count == 0)
                return false;
            await using (var command = connection.Command(LicenceSql.LiftNotice, transaction))
            {
                command.Add("@id", noticeId);
                command.Add("@at", DbTime(at));
                command.Add("@actor", actor);
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertEventAsync(connection, transaction, notice[0].ClientId, at, LicenceEventKinds.NoticeLifted, notice[0].Reason, actor, ct);
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public async Task<LicenceNotice?> GetNoticeAsync(string noticeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        await using var connection = await dialect.OpenAsync(ct);
        return await ReadNoticesAsync(connection, null, LicenceSql.SelectNotice, "@id", noticeId, ct) is [var notice, ..] ? notice : null;
    }

    public async Task<IReadOnlyList<LicenceNotice>> ListNoticesAsync(string? clientId, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        return clientId is null
            ? await ReadNoticesAsync(connection, null, LicenceSql.SelectNotices, null, null, ct)
            : await ReadNoticesAsync(connection, null, LicenceSql.SelectNoticesOfClient, "@client_id", clientId, ct);
    }

    public Task<bool> ExpireNoticeAsync(string noticeId, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(noticeId);
        return InTransactionAsync(async (connection, transaction) =>
        {
            string clientId;
            await using (var command = connection.Command(LicenceSql.ExpireNotice, transaction))
            {
                command.Add("@id", noticeId);
                command.Add("@at", DbTime(at));
                await using var reader = await command.ExecuteReaderAsync(ct);
                if (!await reader.ReadAsync(ct))
                    return false;
                clientId = reader.GetString(0);
            }
            if (!await TerminateAsync(connection, transaction, clientId, TerminationCauses.NoticeExpired, at,
                    "Mise en demeure restée sans suite pendant 30 jours.", ct))
            {
                return false;
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public async Task<DateTimeOffset?> GetLastCallAsync(string clientId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(LicenceSql.SelectLastCall);
        command.Add("@client_id", clientId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadNullableTime(reader, 0) : null;
    }

    public Task<bool> WarnIdleAsync(string clientId, DateTimeOffset idleSince, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(LicenceSql.WarnIdle, transaction))
            {
                command.Add("@client_id", clientId);
                command.Add("@idle_since", DbTime(idleSince));
                command.Add("@at", DbTime(at));
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertEventAsync(connection, transaction, clientId, at, LicenceEventKinds.IdleWarning,
                $"Aucun appel à l'API depuis le {OffreRow.ToStoreTime(idleSince):yyyy-MM-dd HH:mm} UTC.", null, ct);
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public Task<bool> TerminateIdleAsync(string clientId, DateTimeOffset idleSince, DateTimeOffset at, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(LicenceSql.TerminateIdle, transaction))
            {
                command.Add("@client_id", clientId);
                command.Add("@idle_since", DbTime(idleSince));
                command.Add("@at", DbTime(at));
                if (await command.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            await InsertEventAsync(connection, transaction, clientId, at, LicenceEventKinds.Terminated, "12 mois sans aucun appel à l'API.", null, ct);
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public async Task<IReadOnlyList<LicenceEvent>> ListEventsAsync(string clientId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(LicenceSql.SelectEvents);
        command.Add("@client_id", clientId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var events = new List<LicenceEvent>();
        while (await reader.ReadAsync(ct))
        {
            events.Add(new LicenceEvent(
                reader.GetInt64(0), reader.GetString(1), dialect.ReadTime(reader, 2), reader.GetString(3), reader.GetString(4), reader.GetNullableString(5)));
        }
        return events;
    }

    private async Task<IReadOnlyList<LicenceNotice>> ReadNoticesAsync(
        DbConnection connection, DbTransaction? transaction, string sql, string? name, string? value, CancellationToken ct)
    {
        await using var command = connection.Command(sql, transaction);
        if (name is not null)
            command.Add(name, value);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var notices = new List<LicenceNotice>();
        while (await reader.ReadAsync(ct))
        {
            notices.Add(new LicenceNotice(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), dialect.ReadTime(reader, 3), reader.GetNullableString(4), dialect.ReadTime(reader, 5))
            {
                LiftedAt = ReadNullableTime(reader, 6),
                LiftedBy = reader.GetNullableString(7),
                ExpiredAt = ReadNullableTime(reader, 8),
            });
        }
        return notices;
    }

    public async Task<bool> TryStartAsync(string job, string day, string node, TimeSpan lease, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(day);
        ArgumentException.ThrowIfNullOrWhiteSpace(node);
        var now = time.GetUtcNow();
        await using var connection = await dialect.OpenAsync(ct);
        await using (var ensure = connection.Command(LicenceSql.EnsureJob))
        {
            ensure.Add("@name", job);
            await ensure.ExecuteNonQueryAsync(ct);
        }
        await using var command = connection.Command(LicenceSql.StartJob);
        command.Add("@name", job);
        command.Add("@day", day);
        command.Add("@node", node);
        command.Add("@now", DbTime(now));
        command.Add("@lease_until", DbTime(now + lease));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    public async Task FinishAsync(string job, string day, string node, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(LicenceSql.FinishJob);
        command.Add("@name", job);
        command.Add("@day", day);
        command.Add("@node", node);
        command.Add("@now", DbTime(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task AbandonAsync(string job, string node, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(LicenceSql.AbandonJob);
        command.Add("@name", job);
        command.Add("@node", node);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<(string Day, DateTimeOffset At)?> GetLastRunAsync(string job, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(LicenceSql.SelectJob);
        command.Add("@name", job);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct) || reader.IsDBNull(0))
            return null;
        return (reader.GetString(0), dialect.ReadTime(reader, 1));
    }
}
