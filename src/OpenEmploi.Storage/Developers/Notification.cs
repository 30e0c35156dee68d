namespace OpenEmploi.Storage.Developers;

/// <summary>A message to send: written to the outbox with the event it tells of, delivered later.</summary>
public sealed record Notification(string Kind, string Recipient, string Subject, string Body);

/// <summary>A message of the outbox as stored: how many delivery attempts, sent or given up on.</summary>
public sealed record OutboxMessage(
    long Id,
    string Kind,
    string Recipient,
    string Subject,
    string Body,
    DateTimeOffset CreatedAt,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? FailedAt,
    string? LastError);
