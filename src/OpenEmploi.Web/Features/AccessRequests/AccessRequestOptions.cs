namespace OpenEmploi.Web.Features.AccessRequests;

/// <summary>Configuration section "OpenEmploi:Developers": access requests and credentials.</summary>
public sealed class AccessRequestOptions
{
    public const string Section = "OpenEmploi:Developers";

    /// <summary>How long a rotated secret keeps working beside the new one, so the reuser can deploy it without an outage.</summary>
    public TimeSpan SecretOverlap { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The declared use must say something: a few words are not a use.</summary>
    public int MinIntendedUseLength { get; set; } = 50;
}
