namespace OpenEmploi.Storage.Ingestion;

/// <summary>The values of ingestion_inbox.operation.</summary>
public static class InboxOperation
{
    public const string Post = "post";
    public const string Delete = "delete";
    public const string Approve = "approve";
    public const string Reject = "reject";
}

/// <summary>
/// One thing handed to the ingestion worker (migration 4): a posted record, a withdrawal, or a
/// moderator's decision, with the outcome once processed (<see cref="ProcessedAt"/> set).
/// <see cref="Id"/> is the processing order, 0 before the row is stored.
/// </summary>
public sealed record InboxItem(
    long Id,
    string BatchId,
    int Index,
    string ClientId,
    string SourceCode,
    string Operation,
    string? Reference,
    string? Document,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ProcessedAt = null,
    string? Decision = null,
    IReadOnlyList<string>? Codes = null,
    IReadOnlyList<string>? Reasons = null,
    string? OfferId = null,
    long? RunId = null)
{
    public bool IsPending => ProcessedAt is null;
}

/// <summary>What became of one inbox item.</summary>
public sealed record InboxOutcome(
    long Id, string Decision, IReadOnlyList<string> Codes, IReadOnlyList<string> Reasons, string? OfferId, long? RunId);

/// <summary>A record waiting for a moderator (status held), as the moderation queue shows it.</summary>
public sealed record HeldRecord(
    string SourceCode,
    string SourceId,
    int? FraudScore,
    IReadOnlyList<string> Codes,
    IReadOnlyList<string> Reasons,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset LastSeenAt,
    string? Document);

/// <summary>One page of the moderation queue and the queue's length.</summary>
public sealed record HeldPage(long Total, IReadOnlyList<HeldRecord> Records);
