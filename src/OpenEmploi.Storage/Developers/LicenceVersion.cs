namespace OpenEmploi.Storage.Developers;

/// <summary>
/// One published text of the reuse licence. A version published after schema 8 carries its
/// calendar (licence art. 2): <see cref="TacitAt"/>, when an application that neither accepted nor
/// refused is deemed to accept (the start of the 16th Paris day after publication), and
/// <see cref="InForceAt"/>, when the version applies to those who accepted (the next day). Version 1
/// has neither: every request accepts the current version when submitted.
/// </summary>
public sealed record LicenceVersion(int Version, string Text, DateTimeOffset PublishedAt)
{
    public DateTimeOffset? TacitAt { get; init; }

    public DateTimeOffset? InForceAt { get; init; }

    /// <summary>The operator's account id; null when published from the command line (or version 1).</summary>
    public string? PublishedBy { get; init; }
}

public enum LicenceDecisionKind
{
    /// <summary>The owner accepted on the developer platform.</summary>
    Explicit,

    /// <summary>Silence until <see cref="LicenceVersion.TacitAt"/>.</summary>
    Tacit,

    /// <summary>The owner refused: the application's licence ended.</summary>
    Refused,
}

/// <summary>
/// An application's decision on a licence version published after its access request. Accepted,
/// <see cref="InForceAt"/> is when the version applies to it; <see cref="DecidedBy"/> is the owner's
/// account (null for a tacit acceptance).
/// </summary>
public sealed record LicenceDecision(
    string ClientId, int Version, LicenceDecisionKind Decision, DateTimeOffset DecidedAt, DateTimeOffset? InForceAt, string? DecidedBy);

/// <summary>An application that came from an access request, with its request and its owner's address.</summary>
public sealed record LicensedApplication(Applications.ApiApplication Application, AccessRequest Request, string OwnerEmail);
