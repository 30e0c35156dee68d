using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Applications;

internal sealed partial class SqlApplicationStore
{
    public async Task RecordSyncCallsAsync(IReadOnlyList<SyncCall> calls, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(calls);
        foreach (var call in calls)
            ArgumentException.ThrowIfNullOrEmpty(call?.ClientId, nameof(calls));
        if (calls.Count == 0)
            return;
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginWriteAsync(connection, ct);
        foreach (var call in calls)
        {
            await using var command = connection.Command(ApplicationSql.UpsertSyncStatus, transaction);
            command.Add("@client_id", call.ClientId);
            command.Add("@synced_at", dialect.ToDbTime(OffreRow.ToStoreTime(call.At)));
            command.Add("@kind", ToDbKind(call.Kind));
            command.Add("@position", call.Position);
            command.Add("@head", call.Head);
            await command.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<SyncStatus>> ListSyncStatusesAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ApplicationSql.SelectSyncStatuses);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var statuses = new List<SyncStatus>();
        while (await reader.ReadAsync(ct))
        {
            statuses.Add(new SyncStatus(
                reader.GetString(0),
                dialect.ReadTime(reader, 1),
                reader.GetString(2) == "snapshot" ? SyncCallKind.Snapshot : SyncCallKind.Changes,
                reader.GetInt64(3),
                reader.GetInt64(4),
                reader.IsDBNull(5) ? null : dialect.ReadTime(reader, 5)));
        }
        return statuses;
    }

    private static string ToDbKind(SyncCallKind kind) => kind switch
    {
        SyncCallKind.Snapshot => "snapshot",
        SyncCallKind.Changes => "changes",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Type d'appel de synchronisation inconnu."),
    };
}
