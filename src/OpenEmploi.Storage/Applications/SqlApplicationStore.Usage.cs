using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Applications;

internal sealed partial class SqlApplicationStore
{
    public Task AppendAccessLogAsync(IReadOnlyList<AccessLogEntry> entries, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        // Checked before anything is written, so a bad entry fails the batch with a clear error.
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry, nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.ClientId, nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.Method, nameof(entries));
            ArgumentNullException.ThrowIfNull(entry.Endpoint, nameof(entries));
        }
        return entries.Count == 0 ? Task.CompletedTask : dialect.AppendAccessLogAsync(entries, ct);
    }

    public async Task<IReadOnlyList<AccessLogEntry>> ReadAccessLogAsync(
        string clientId, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var entries = new List<AccessLogEntry>();
        if (limit == 0)
            return entries;
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ApplicationSql.SelectAccessLog);
        command.Add("@client_id", clientId);
        command.Add("@from", dialect.ToDbTime(OffreRow.ToStoreTime(from)));
        command.Add("@to", dialect.ToDbTime(OffreRow.ToStoreTime(to)));
        command.Add("@limit", limit);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            entries.Add(new AccessLogEntry(
                reader.GetString(0),
                dialect.ReadTime(reader, 1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetInt32(4),
                reader.GetDouble(5)));
        }
        return entries;
    }

    public async Task RecordApplyRedirectAsync(string clientId, string offreId, DateTimeOffset at, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentException.ThrowIfNullOrEmpty(offreId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ApplicationSql.CountApplyRedirect);
        command.Add("@client_id", clientId);
        command.Add("@offre_id", offreId);
        command.Add("@day", dialect.ToDbDay(DateOnly.FromDateTime(at.UtcDateTime)));
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<ApplyRedirectCount>> GetApplyRedirectCountsAsync(
        string? clientId, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        // Two texts rather than "@client_id IS NULL OR ...": PostgreSQL cannot type a null parameter there.
        await using var command = connection.Command(
            clientId is null ? ApplicationSql.SelectApplyRedirectsOfAll : ApplicationSql.SelectApplyRedirectsOfClient);
        command.Add("@from", dialect.ToDbDay(from));
        command.Add("@to", dialect.ToDbDay(to));
        if (clientId is not null)
            command.Add("@client_id", clientId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var counts = new List<ApplyRedirectCount>();
        while (await reader.ReadAsync(ct))
            counts.Add(new ApplyRedirectCount(reader.GetString(0), reader.GetString(1), dialect.ReadDay(reader, 2), reader.GetInt64(3)));
        return counts;
    }
}

