using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Ingestion;

/// <summary>The ingestion inbox over the offer store's dialects (same time format, same JSON for reasons).</summary>
internal sealed class SqlIngestionInbox(SqlDialect dialect) : IIngestionInbox
{
    public async Task AddAsync(IReadOnlyList<InboxItem> items, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
            return;
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var insert = connection.Command(InboxSql.Insert, transaction);
        foreach (var item in items)
        {
            insert.Parameters.Clear();
            insert.Add("@batch_id", item.BatchId);
            insert.Add("@record_index", item.Index);
            insert.Add("@client_id", item.ClientId);
            insert.Add("@source_code", item.SourceCode);
            insert.Add("@operation", item.Operation);
            insert.Add("@reference", item.Reference);
            insert.Add("@document", item.Document);
            insert.Add("@received_at", Time(item.ReceivedAt));
            insert.Add("@processed_at", item.ProcessedAt is { } processed ? Time(processed) : null);
            insert.Add("@decision", item.Decision);
            insert.Add("@codes", string.Join(' ', item.Codes ?? []));
            insert.Add("@reasons", JsonSerializer.Serialize(item.Reasons ?? [], IngestionJson.Options));
            insert.Add("@offer_id", item.OfferId);
            insert.Add("@run_id", item.RunId);
            await insert.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<InboxItem>> ListPendingAsync(int limit, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(InboxSql.SelectPending);
        command.Add("@limit", limit);
        return await ReadItemsAsync(command, ct);
    }

    public async Task CompleteAsync(IReadOnlyList<InboxOutcome> outcomes, DateTimeOffset processedAt, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
            return;
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using var update = connection.Command(InboxSql.Complete, transaction);
        foreach (var outcome in outcomes)
        {
            update.Parameters.Clear();
            update.Add("@at", Time(processedAt));
            update.Add("@decision", outcome.Decision);
            update.Add("@codes", string.Join(' ', outcome.Codes));
            update.Add("@reasons", JsonSerializer.Serialize(outcome.Reasons, IngestionJson.Options));
            update.Add("@offer_id", outcome.OfferId);
            update.Add("@run_id", outcome.RunId);
            update.Add("@id", outcome.Id);
            await update.ExecuteNonQueryAsync(ct);
        }
        await transaction.CommitAsync(ct);
    }

    public async Task<IReadOnlyList<InboxItem>> GetBatchAsync(string batchId, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(InboxSql.SelectBatch);
        command.Add("@batch_id", batchId);
        return await ReadItemsAsync(command, ct);
    }

    public async Task<bool> WasPostedAsync(string sourceCode, string reference, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(InboxSql.WasPosted);
        command.Add("@source_code", sourceCode);
        command.Add("@reference", reference);
        return await command.ScalarInt64Async(ct) > 0;
    }

    public async Task<int> PurgeProcessedAsync(DateTimeOffset before, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(InboxSql.Purge);
        command.Add("@before", Time(before));
        return await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<HeldPage> ListHeldAsync(int offset, int limit, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        long total;
        await using (var count = connection.Command(InboxSql.CountHeld, transaction))
            total = await count.ScalarInt64Async(ct);
        var records = new List<HeldRecord>();
        await using (var select = connection.Command(InboxSql.SelectHeld, transaction))
        {
            select.Add("@limit", limit);
            select.Add("@offset", offset);
            await using var r = await select.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                records.Add(new HeldRecord(
                    r.GetString(0), r.GetString(1),
                    r.IsDBNull(2) ? null : Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture),
                    Codes(r.GetString(3)), Reasons(r.GetString(4)),
                    dialect.ReadTime(r, 5), dialect.ReadTime(r, 6), r.GetNullableString(7)));
            }
        }
        return new HeldPage(total, records);
    }

    public ValueTask DisposeAsync() => dialect.DisposeAsync();

    private object Time(DateTimeOffset value) => dialect.ToDbTime(OffreRow.ToStoreTime(value));

    private async Task<IReadOnlyList<InboxItem>> ReadItemsAsync(DbCommand command, CancellationToken ct)
    {
        await using var r = await command.ExecuteReaderAsync(ct);
        var items = new List<InboxItem>();
        // Column order: InboxSql.Columns.
        while (await r.ReadAsync(ct))
        {
            items.Add(new InboxItem(
                r.GetInt64(0), r.GetString(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), r.GetString(3), r.GetString(4),
                r.GetString(5), r.GetNullableString(6), r.GetNullableString(7), dialect.ReadTime(r, 8),
                r.IsDBNull(9) ? null : dialect.ReadTime(r, 9), r.GetNullableString(10), Codes(r.GetString(11)), Reasons(r.GetString(12)),
                r.GetNullableString(13), r.IsDBNull(14) ? null : r.GetInt64(14)));
        }
        return items;
    }

    private static string[] Codes(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static string[] Reasons(string json) => JsonSerializer.Deserialize<string[]>(json, IngestionJson.Options) ?? [];
}
