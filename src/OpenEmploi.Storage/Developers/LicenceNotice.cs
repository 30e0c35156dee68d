namespace OpenEmploi.Storage.Developers;

/// <summary>
/// A notice of breach (licence art. 9): unless the operator lifts it before <see cref="DeadlineAt"/>,
/// the daily job ends the application's licence (<see cref="ExpiredAt"/>).
/// </summary>
public sealed record LicenceNotice(
    string Id, string ClientId, string Reason, DateTimeOffset SentAt, string? SentBy, DateTimeOffset DeadlineAt)
{
    public DateTimeOffset? LiftedAt { get; init; }

    public string? LiftedBy { get; init; }

    public DateTimeOffset? ExpiredAt { get; init; }

    public bool IsOpen => LiftedAt is null && ExpiredAt is null;
}

/// <summary>One entry of an application's licence journal (what the audit export reads).</summary>
public sealed record LicenceEvent(long Id, string ClientId, DateTimeOffset At, string Kind, string Detail, string? Actor);

/// <summary>The kinds of <see cref="LicenceEvent"/>.</summary>
public static class LicenceEventKinds
{
    public const string Suspended = "suspension";
    public const string Reinstated = "retablissement";
    public const string NoticeSent = "mise_en_demeure";
    public const string NoticeLifted = "mise_en_demeure_levee";
    public const string Terminated = "resiliation";
    public const string IdleWarning = "avertissement_inactivite";
    public const string LicenceAccepted = "licence_acceptee";
    public const string LicenceRefused = "licence_refusee";
}
