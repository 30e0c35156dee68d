namespace OpenEmploi.Web.Features.Notifications;

/// <summary>What each outbox message tells of (the outbox's kind column).</summary>
internal static class NotificationKinds
{
    public const string ConfirmEmail = "confirmation_adresse";
    public const string ResetPassword = "mot_de_passe";
    public const string RequestReceived = "demande_recue";
    public const string RequestToReview = "demande_a_examiner";
    public const string RequestApproved = "demande_acceptee";
    public const string RequestRefused = "demande_refusee";
    public const string SecretRotated = "secret_renouvele";
    public const string ApplicationRevoked = "application_revoquee";
}
