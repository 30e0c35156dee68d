using OpenEmploi.Storage.Reports;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore
{
    public async Task RecordRejectionAsync(ReportRejection rejection, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ReportSql.InsertRejection);
        command.Add("@client_id", rejection.ClientId);
        command.Add("@month", rejection.Month);
        command.Add("@received_at", DbTime(time.GetUtcNow()));
        command.Add("@channel", ToDbChannel(rejection.Channel));
        command.Add("@submitted_by", rejection.SubmittedBy);
        command.Add("@file_name", rejection.FileName);
        command.Add("@error_count", rejection.ErrorCount);
        command.Add("@errors", rejection.Errors);
        await command.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<ReportRejection>> ListRejectionsAsync(string clientId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ReportSql.SelectRejections);
        command.Add("@client_id", clientId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rejections = new List<ReportRejection>();
        while (await reader.ReadAsync(ct))
        {
            rejections.Add(new ReportRejection(
                reader.GetString(0), reader.GetString(1), dialect.ReadTime(reader, 2), FromDbChannel(reader.GetString(3)), reader.GetString(4),
                reader.GetNullableString(5), Convert.ToInt32(reader.GetValue(6), System.Globalization.CultureInfo.InvariantCulture), reader.GetString(7)));
        }
        return rejections;
    }
}
