using System.Data.Common;
using OpenEmploi.Storage.Announcements;
using OpenEmploi.Storage.Sql;

namespace OpenEmploi.Storage.Developers;

internal sealed partial class SqlDeveloperStore : IAnnouncementStore
{
    public Task PublishAnnouncementAsync(
        ApiAnnouncement announcement, IReadOnlyList<AnnouncementRecipient> recipients, IReadOnlyList<Notification> notifications, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(recipients);
        return InTransactionAsync(async (connection, transaction) =>
        {
            await using (var command = connection.Command(AnnouncementSql.Insert, transaction))
            {
                command.Add("@id", announcement.Id);
                command.Add("@title", announcement.Title);
                command.Add("@body", announcement.Body);
                command.Add("@apis", string.Join(' ', announcement.Apis));
                command.Add("@scopes", string.Join(' ', announcement.Scopes));
                command.Add("@published_at", DbTime(announcement.PublishedAt));
                command.Add("@effective_at", DbTime(announcement.EffectiveAt));
                command.Add("@published_by", announcement.PublishedBy);
                await command.ExecuteNonQueryAsync(ct);
            }
            foreach (var recipient in recipients)
            {
                await using var command = connection.Command(AnnouncementSql.InsertRecipient, transaction);
                command.Add("@id", announcement.Id);
                command.Add("@client_id", recipient.ClientId);
                command.Add("@recipient", Account.NormaliseEmail(recipient.Recipient));
                command.Add("@at", DbTime(announcement.PublishedAt));
                await command.ExecuteNonQueryAsync(ct);
            }
            await InsertNotificationsAsync(connection, transaction, notifications, ct);
            return true;
        }, ct);
    }

    public async Task<IReadOnlyList<ApiAnnouncement>> ListAnnouncementsAsync(CancellationToken ct = default)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(AnnouncementSql.SelectAll);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var announcements = new List<ApiAnnouncement>();
        while (await reader.ReadAsync(ct))
            announcements.Add(ReadAnnouncement(reader) with { NotifiedApplications = Convert.ToInt32(reader.GetValue(8), System.Globalization.CultureInfo.InvariantCulture) });
        return announcements;
    }

    public async Task<IReadOnlyList<ReceivedAnnouncement>> ListReceivedAnnouncementsAsync(string clientId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(clientId);
        await using var connection = await dialect.OpenAsync(ct);
        await using var command = connection.Command(AnnouncementSql.SelectReceived);
        command.Add("@client_id", clientId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var received = new List<ReceivedAnnouncement>();
        while (await reader.ReadAsync(ct))
            received.Add(new ReceivedAnnouncement(ReadAnnouncement(reader), reader.GetString(8), dialect.ReadTime(reader, 9)));
        return received;
    }

    private ApiAnnouncement ReadAnnouncement(DbDataReader reader) => new(
        reader.GetString(0), reader.GetString(1), reader.GetString(2),
        reader.GetString(3).Split(' ', StringSplitOptions.RemoveEmptyEntries), reader.GetString(4).Split(' ', StringSplitOptions.RemoveEmptyEntries),
        dialect.ReadTime(reader, 5), dialect.ReadTime(reader, 6), reader.GetNullableString(7));
}
