using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Storage.Announcements;

/// <summary>The operator's announcements of API changes (schema 10), written with their e-mails, all or nothing.</summary>
public interface IAnnouncementStore
{
    /// <summary>Stores the announcement, the applications it is sent to and their messages in one transaction.</summary>
    Task PublishAnnouncementAsync(
        ApiAnnouncement announcement, IReadOnlyList<AnnouncementRecipient> recipients, IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>Every announcement, newest first, with how many applications each was sent to.</summary>
    Task<IReadOnlyList<ApiAnnouncement>> ListAnnouncementsAsync(CancellationToken ct = default);

    /// <summary>The announcements sent to one application, newest first.</summary>
    Task<IReadOnlyList<ReceivedAnnouncement>> ListReceivedAnnouncementsAsync(string clientId, CancellationToken ct = default);
}
