using System.Globalization;
using System.Text;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Applications;

internal sealed partial class SqlApplicationStore
{
    public const int MaxCountBounds = 367;

    public async Task<IReadOnlyList<long>> CountCallsAsync(string clientId, IReadOnlyList<DateTimeOffset> bounds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        ArgumentNullException.ThrowIfNull(bounds);
        if (bounds.Count < 2)
            return [];
        if (bounds.Count > MaxCountBounds)
            throw new ArgumentOutOfRangeException(nameof(bounds), bounds.Count, $"{MaxCountBounds} bornes au plus.");
        for (var i = 1; i < bounds.Count; i++)
        {
            if (bounds[i] < bounds[i - 1])
                throw new ArgumentException($"Bornes non croissantes à la position {i}.", nameof(bounds));
        }
        // One column per period over the range the index gives: both providers run the same text.
        var sql = new StringBuilder("SELECT ");
        for (var i = 0; i < bounds.Count - 1; i++)
        {
            if (i > 0)
                sql.Append(", ");
            sql.Append(CultureInfo.InvariantCulture, $"COALESCE(SUM(CASE WHEN at >= @b{i} AND at < @b{i + 1} THEN 1 ELSE 0 END), 0)");
        }
        sql.Append(CultureInfo.InvariantCulture, $" FROM api_access_log WHERE client_id = @client_id AND at >= @b0 AND at < @b{bounds.Count - 1}");
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(sql.ToString());
        command.Add("@client_id", clientId);
        for (var i = 0; i < bounds.Count; i++)
            command.Add($"@b{i}", dialect.ToDbTime(OffreRow.ToStoreTime(bounds[i])));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var counts = new long[bounds.Count - 1];
        if (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < counts.Length; i++)
                counts[i] = Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        }
        return counts;
    }
}
