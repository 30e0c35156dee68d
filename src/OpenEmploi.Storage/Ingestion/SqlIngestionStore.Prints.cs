using System.Runtime.CompilerServices;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Ingestion;

// The de-duplication members as a session loads them, with their stored prints (migration 12).
internal sealed partial class SqlIngestionStore
{
    public async IAsyncEnumerable<MemberRow> StreamMemberRowsAsync(int printVersion, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        await using var command = connection.Command(IngestionSql.SelectMemberRows, transaction);
        command.Add("@version", printVersion);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new MemberRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetNullableString(5), reader.GetNullableString(6), reader.GetNullableString(7), reader.GetNullableString(8),
                reader.IsDBNull(9) ? null : dialect.ReadTime(reader, 9), reader.GetValue(10),
                reader.IsDBNull(11) ? null : (byte[])reader.GetValue(11), reader.GetNullableString(12));
        }
    }

    public async IAsyncEnumerable<UningestedMember> StreamUningestedMembersAsync(int printVersion, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var transaction = await dialect.BeginSnapshotAsync(connection, ct);
        await using var command = connection.Command(IngestionSql.SelectUningestedMembers, transaction);
        command.Add("@version", printVersion);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return new UningestedMember(reader.GetString(0), reader.GetString(1), reader.GetNullableString(2), reader.GetNullableString(3),
                reader.GetNullableString(4), reader.GetNullableString(5), reader.GetValue(6),
                reader.IsDBNull(7) ? null : (byte[])reader.GetValue(7), reader.GetNullableString(8));
        }
    }

    public async Task<int> SavePrintsAsync(IReadOnlyList<PrintToSave> prints, int printVersion, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(prints);
        var saved = 0;
        // Transactions of a few thousand: a backfill of a million prints neither holds one
        // transaction open for minutes nor pays a commit per row.
        for (var start = 0; start < prints.Count; start += SaveBlock)
        {
            await using var connection = await dialect.OpenAsync(ct);
            await using var transaction = await dialect.BeginWriteAsync(connection, ct);
            await using (var statements = new StatementBatch(connection, transaction))
            {
                for (var i = start; i < Math.Min(prints.Count, start + SaveBlock); i++)
                {
                    var print = prints[i];
                    var sql = print.OfferId is null ? IngestionSql.SaveMemberPrint : IngestionSql.SaveOfferPrint;
                    await statements.ExecuteAsync(sql, (print, printVersion), static (p, s) =>
                    {
                        if (s.print.OfferId is { } offerId)
                        {
                            p.Add("@offer_id", offerId);
                        }
                        else
                        {
                            p.Add("@source_code", s.print.SourceCode);
                            p.Add("@source_id", s.print.SourceId);
                        }
                        p.Add("@written", s.print.Written);
                        p.Add("@version", s.printVersion);
                        p.Add("@print", s.print.Print);
                    }, ct);
                    saved++;
                }
                await statements.FlushAsync(ct);
            }
            await transaction.CommitAsync(ct);
        }
        return saved;
    }

    private const int SaveBlock = 5_000;
}
