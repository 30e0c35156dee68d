using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Applications;

internal sealed partial class SqlApplicationStore
{
    // One application at a time: ORDER BY at DESC LIMIT 1 walks the (client_id, at) index from its
    // end, where a GROUP BY over every application would read the whole log.
    private const string SelectLastCall =
        "SELECT at FROM api_access_log WHERE client_id = @client_id ORDER BY at DESC LIMIT 1";

    public async Task<DateTimeOffset?> GetLastCallAsync(string clientId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(SelectLastCall);
        command.Add("@client_id", clientId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? dialect.ReadTime(reader, 0) : null;
    }
}
