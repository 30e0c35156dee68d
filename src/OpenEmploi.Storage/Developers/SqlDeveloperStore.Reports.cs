using System.Data.Common;
using OpenEmploi.Storage.Reports;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

/// <summary>The consultation reports live with the developer platform: a reminder is written with its outbox message.</summary>
internal sealed partial class SqlDeveloperStore : IConsultationReportStore
{
    public async Task<ReportReceipt> AddAsync(NewConsultationReport report, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(report.ClientId, nameof(report));
        ArgumentException.ThrowIfNullOrWhiteSpace(report.SubmittedBy, nameof(report));
        ArgumentException.ThrowIfNullOrWhiteSpace(report.Sha256, nameof(report));
        ArgumentNullException.ThrowIfNull(report.Lines, nameof(report));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in report.Lines)
        {
            // The validator reports these to the reuser; here they are a caller's bug.
            if (!seen.Add(line.OffreId) || line.Views < 0)
                throw new ArgumentException($"Ligne invalide pour l'offre « {line.OffreId} » : doublon ou nombre négatif.", nameof(report));
        }
        var receivedAt = OffreRow.ToStoreTime(time.GetUtcNow());
        long id = 0;
        await InTransactionAsync(async (connection, transaction) =>
        {
            await using (var insert = connection.Command(ReportSql.InsertReport, transaction))
            {
                insert.Add("@client_id", report.ClientId);
                insert.Add("@month", report.Month.ToString());
                insert.Add("@received_at", DbTime(receivedAt));
                insert.Add("@channel", ToDbChannel(report.Channel));
                insert.Add("@submitted_by", report.SubmittedBy);
                insert.Add("@file_name", report.FileName);
                insert.Add("@offers", report.Lines.Count);
                insert.Add("@total_views", report.TotalViews);
                insert.Add("@sha256", report.Sha256);
                id = await insert.ScalarInt64Async(ct);
            }
            await using (var statements = new StatementBatch(connection, transaction))
            {
                foreach (var line in report.Lines)
                {
                    await statements.ExecuteAsync(ReportSql.InsertLine, (id, line), static (p, s) =>
                    {
                        p.Add("@report_id", s.id);
                        p.Add("@offre_id", s.line.OffreId);
                        p.Add("@views", s.line.Views);
                    }, ct);
                }
                await statements.FlushAsync(ct);
            }
            return true;
        }, ct);
        return new ReportReceipt(id, report.ClientId, report.Month, receivedAt, report.Channel, report.SubmittedBy, report.FileName,
            report.Lines.Count, report.TotalViews, report.Sha256);
    }

    public async Task<IReadOnlyList<ReportReceipt>> ListByApplicationAsync(string clientId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ReportSql.SelectByApplication);
        command.Add("@client_id", clientId);
        return await ReadReceiptsAsync(command, ct);
    }

    public async Task<IReadOnlyList<ReportReceipt>> ListByMonthAsync(ReportMonth month, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ReportSql.SelectByMonth);
        command.Add("@month", month.ToString());
        return await ReadReceiptsAsync(command, ct);
    }

    public async Task<IReadOnlyList<ConsultationLine>> GetLinesAsync(long reportId, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ReportSql.SelectLines);
        command.Add("@report_id", reportId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var lines = new List<ConsultationLine>();
        while (await reader.ReadAsync(ct))
            lines.Add(new ConsultationLine(reader.GetString(0), reader.GetInt64(1)));
        return lines;
    }

    public Task<bool> RecordReminderAsync(string clientId, ReportMonth month, int number, Notification? notification, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clientId);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 2);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var insert = connection.Command(ReportSql.InsertReminder, transaction))
            {
                insert.Add("@client_id", clientId);
                insert.Add("@month", month.ToString());
                insert.Add("@reminder", number);
                insert.Add("@sent_at", DbTime(time.GetUtcNow()));
                insert.Add("@recipient", notification is null ? null : Account.NormaliseEmail(notification.Recipient));
                if (await insert.ExecuteNonQueryAsync(ct) == 0)
                    return false;
            }
            if (notification is not null)
                await InsertNotificationsAsync(connection, transaction, [notification], ct);
            return true;
        }, ct);
    }

    public async Task<IReadOnlyList<ReportReminder>> ListRemindersAsync(ReportMonth month, CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ReportSql.SelectReminders);
        command.Add("@month", month.ToString());
        await using var reader = await command.ExecuteReaderAsync(ct);
        var reminders = new List<ReportReminder>();
        while (await reader.ReadAsync(ct))
        {
            reminders.Add(new ReportReminder(
                reader.GetString(0), ReportMonth.Parse(reader.GetString(1)), reader.GetInt32(2), dialect.ReadTime(reader, 3), reader.GetNullableString(4)));
        }
        return reminders;
    }

    public async Task<bool> TryLeaseJobAsync(string job, string node, TimeSpan lease, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(node);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = time.GetUtcNow();
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(ReportSql.LeaseJob);
        command.Add("@name", job);
        command.Add("@node", node);
        command.Add("@now", DbTime(now));
        command.Add("@lease_until", DbTime(now + lease));
        return await command.ExecuteNonQueryAsync(ct) > 0;
    }

    private async Task<IReadOnlyList<ReportReceipt>> ReadReceiptsAsync(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var receipts = new List<ReportReceipt>();
        while (await reader.ReadAsync(ct))
        {
            receipts.Add(new ReportReceipt(
                reader.GetInt64(0),
                reader.GetString(1),
                ReportMonth.Parse(reader.GetString(2)),
                dialect.ReadTime(reader, 3),
                FromDbChannel(reader.GetString(4)),
                reader.GetString(5),
                reader.GetNullableString(6),
                reader.GetInt32(7),
                reader.GetInt64(8),
                reader.GetString(9)));
        }
        return receipts;
    }

    private static string ToDbChannel(ReportChannel channel) => channel switch
    {
        ReportChannel.Page => "page",
        ReportChannel.Api => "api",
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Canal de rapport inconnu."),
    };

    private static ReportChannel FromDbChannel(string value) => value switch
    {
        "page" => ReportChannel.Page,
        "api" => ReportChannel.Api,
        _ => throw new InvalidOperationException($"Canal de rapport inconnu dans la base : « {value} »."),
    };
}
