using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : IKeyRingStore
{
    public async Task<IReadOnlyList<string>> ReadKeysAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command("SELECT xml FROM data_protection_keys ORDER BY created_at, name");
        await using var reader = await command.ExecuteReaderAsync(ct);
        var keys = new List<string>();
        while (await reader.ReadAsync(ct))
            keys.Add(reader.GetString(0));
        return keys;
    }

    public async Task AddKeyAsync(string name, string xml, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(xml);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(
            "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING");
        command.Add("@name", name);
        command.Add("@xml", xml);
        command.Add("@at", DbTime(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(ct);
    }
}
