namespace OpenEmploi.Storage.Announcements;

/// <summary>
/// An API change announced by the operator (licence, article 3.2). <see cref="Apis"/> are the codes
/// of the APIs touched, <see cref="Scopes"/> the scopes they need (an application holding any of
/// them is affected); <see cref="EffectiveAt"/> is the start of the Paris day the change applies.
/// </summary>
public sealed record ApiAnnouncement(
    string Id,
    string Title,
    string Body,
    IReadOnlyList<string> Apis,
    IReadOnlyList<string> Scopes,
    DateTimeOffset PublishedAt,
    DateTimeOffset EffectiveAt,
    string? PublishedBy)
{
    /// <summary>How many applications it was sent to (filled when listed).</summary>
    public int NotifiedApplications { get; init; }
}

/// <summary>An application told of an announcement: to whom, when.</summary>
public sealed record AnnouncementRecipient(string ClientId, string Recipient);

/// <summary>An announcement as one application received it.</summary>
public sealed record ReceivedAnnouncement(ApiAnnouncement Announcement, string Recipient, DateTimeOffset NotifiedAt);
