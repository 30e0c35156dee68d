using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using OpenEmploi.Core.Offres;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Ingestion;

internal sealed partial class SqlIngestionStore
{
    public async IAsyncEnumerable<IngestedRow> StreamRowsAsync(string? sourceCode = null, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        await using var command = connection.Command(sourceCode is null ? IngestionSql.SelectRows : IngestionSql.SelectRowsOfSource, transaction);
        if (sourceCode is not null)
            command.Add("@source_code", sourceCode);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return ReadRow(reader);
    }

    public async IAsyncEnumerable<KnownRow> StreamKnownRowsAsync(string sourceCode, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        await using var command = connection.Command(IngestionSql.SelectKnownRows, transaction);
        command.Add("@source_code", sourceCode);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new KnownRow(reader.GetString(0), reader.GetNullableString(1), reader.GetString(2), reader.GetNullableString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4));
        }
    }

    public async Task<IngestedRow?> GetRowAsync(string sourceCode, string sourceId, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(IngestionSql.SelectRow);
        command.Add("@source_code", sourceCode);
        command.Add("@source_id", sourceId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ReadRow(reader) : null;
    }

    public async IAsyncEnumerable<OffreEntry> StreamUningestedOffersAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        await using var command = connection.Command(IngestionSql.SelectUningested, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new OffreEntry(OffreJson.Deserialize(reader.GetString(0)), reader.GetString(1), reader.GetNullableString(2),
                reader.GetNullableString(3), reader.GetNullableString(4), reader.GetNullableString(5));
        }
    }

    public async IAsyncEnumerable<UningestedOffer> StreamUningestedDocumentsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        await using var command = connection.Command(IngestionSql.SelectUningestedDocuments, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new UningestedOffer(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetNullableString(3),
                reader.GetNullableString(4), reader.GetNullableString(5), reader.GetNullableString(6));
        }
    }

    public string? ReadDocument(string sourceCode, string sourceId)
    {
        using var connection = dialect.Open();
        using var command = connection.Command(IngestionSql.SelectDocument);
        command.Add("@source_code", sourceCode);
        command.Add("@source_id", sourceId);
        return ReadText(command);
    }

    public string? ReadOffreJson(string id)
    {
        using var connection = dialect.Open();
        using var command = connection.Command(IngestionSql.SelectOffreJson);
        command.Add("@id", id);
        return ReadText(command);
    }

    public IReadOnlyDictionary<(string SourceCode, string SourceId), string> ReadDocuments(IReadOnlyCollection<(string SourceCode, string SourceId)> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<(string, string), string>(keys.Count);
        if (keys.Count == 0)
            return found;
        using var connection = dialect.Open();
        if (dialect.Kind == StoreKind.Postgres)
        {
            var sources = new string[keys.Count];
            var ids = new string[keys.Count];
            var i = 0;
            foreach (var (source, id) in keys)
                (sources[i], ids[i++]) = (source, id);
            using var query = connection.Command(IngestionSql.SelectDocumentsPostgres);
            query.Add("@sources", sources);
            query.Add("@ids", ids);
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                if (!reader.IsDBNull(2))
                    found[(reader.GetString(0), reader.GetString(1))] = reader.GetString(2);
            }
            return found;
        }
        // In process: one prepared statement, run per key, costs no round trip.
        using var command = connection.Command(IngestionSql.SelectDocument);
        var sourceCode = command.Add("@source_code", null);
        var sourceId = command.Add("@source_id", null);
        foreach (var key in keys)
        {
            (sourceCode.Value, sourceId.Value) = (key.SourceCode, key.SourceId);
            if (ReadText(command) is { } json)
                found[key] = json;
        }
        return found;
    }

    public IReadOnlyDictionary<string, string> ReadOffreJsons(IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, string>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0)
            return found;
        using var connection = dialect.Open();
        if (dialect.Kind == StoreKind.Postgres)
        {
            using var query = connection.Command(IngestionSql.SelectOffreJsonsPostgres);
            query.Add("@ids", ids.ToArray());
            using var reader = query.ExecuteReader();
            while (reader.Read())
                found[reader.GetString(0)] = reader.GetString(1);
            return found;
        }
        using var command = connection.Command(IngestionSql.SelectOffreJson);
        var parameter = command.Add("@id", null);
        foreach (var id in ids)
        {
            parameter.Value = id;
            if (ReadText(command) is { } json)
                found[id] = json;
        }
        return found;
    }

    private static string? ReadText(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetString(0) : null;
    }

    public async IAsyncEnumerable<string> StreamUsedIdsAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        await using var command = connection.Command(IngestionSql.SelectUsedIds, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            yield return reader.GetString(0);
    }

    public async Task<IReadOnlyList<IngestedRow>> ListByStatusAsync(string status, int limit, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(IngestionSql.SelectByStatus);
        command.Add("@status", status);
        command.Add("@limit", limit);
        return await ReadRowsAsync(command, ct);
    }

    public async Task<IReadOnlyList<IngestedRow>> ListExpiredAsync(DateTimeOffset now, DateTimeOffset notSeenSince, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(IngestionSql.SelectExpired);
        command.Add("@now", dialect.ToDbTime(OffreRow.ToStoreTime(now)));
        command.Add("@cutoff", dialect.ToDbTime(OffreRow.ToStoreTime(notSeenSince)));
        return await ReadRowsAsync(command, ct);
    }

    private async Task<IReadOnlyList<IngestedRow>> ReadRowsAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<IngestedRow>();
        while (await reader.ReadAsync(ct))
            rows.Add(ReadRow(reader));
        return rows;
    }

    // Column order: IngestionSql.RowColumns.
    private IngestedRow ReadRow(DbDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        r.GetNullableString(2),
        r.GetString(3),
        r.GetString(4).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        JsonSerializer.Deserialize<string[]>(r.GetString(5), IngestionJson.Options) ?? [],
        r.IsDBNull(6) ? null : Convert.ToInt32(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
        r.IsDBNull(7) ? null : Convert.ToInt32(r.GetValue(7), System.Globalization.CultureInfo.InvariantCulture),
        r.GetNullableString(8),
        r.GetString(9),
        r.GetNullableString(10),
        r.GetNullableString(11),
        r.GetNullableString(12),
        r.GetNullableString(13),
        r.IsDBNull(14) ? null : dialect.ReadTime(r, 14),
        dialect.ReadTime(r, 15),
        dialect.ReadTime(r, 16),
        r.IsDBNull(17) ? null : dialect.ReadTime(r, 17),
        r.IsDBNull(18) ? null : r.GetInt64(18),
        r.GetNullableString(19));
}
