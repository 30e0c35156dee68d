using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Notifications;

/// <summary>The French messages of the developer platform, one method per event.</summary>
internal static class NotificationTexts
{
    private const string Signature = "\n\n—\nOpenEmploi, plateforme des développeurs\nCe message est envoyé automatiquement : n'y répondez pas.";

    public static Notification ConfirmEmail(string email, string link, DateTimeOffset expiresAt) => new(
        NotificationKinds.ConfirmEmail, email, "Confirmez votre adresse électronique",
        "Bonjour,\n\nVous avez créé un compte sur la plateforme des développeurs d'OpenEmploi. "
        + "Pour confirmer votre adresse électronique, ouvrez ce lien :\n\n" + link
        + "\n\nCe lien est valable jusqu'au " + FrenchTime.Format(expiresAt) + ". "
        + "Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message." + Signature);

    public static Notification ResetPassword(string email, string link, DateTimeOffset expiresAt) => new(
        NotificationKinds.ResetPassword, email, "Réinitialisation de votre mot de passe",
        "Bonjour,\n\nUne réinitialisation du mot de passe de votre compte a été demandée. "
        + "Pour choisir un nouveau mot de passe, ouvrez ce lien :\n\n" + link
        + "\n\nCe lien ne sert qu'une fois et reste valable jusqu'au " + FrenchTime.Format(expiresAt) + ". "
        + "Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé." + Signature);

    public static Notification RequestReceived(string email, AccessRequest request) => new(
        NotificationKinds.RequestReceived, email, $"Demande d'accès reçue : {request.Name}",
        $"Bonjour,\n\nNous avons bien reçu votre demande d'accès pour l'application « {request.Name} » "
        + $"(API demandées : {string.Join(", ", request.Scopes)} ; licence acceptée : version {request.LicenceVersion}).\n\n"
        + $"L'opérateur l'examinera au plus tard le {FrenchTime.Format(request.DeadlineAt)}, "
        + "comme le prévoit l'article 3.2 de la licence. Vous recevrez sa décision par courriel." + Signature);

    public static Notification RequestToReview(string operatorEmail, AccessRequest request, string requesterEmail, string queueLink) => new(
        NotificationKinds.RequestToReview, operatorEmail, $"Nouvelle demande d'accès à examiner : {request.Name}",
        $"Bonjour,\n\n{requesterEmail} demande l'accès aux API pour l'application « {request.Name} ».\n\n"
        + $"Usage déclaré :\n{request.IntendedUse}\n\n"
        + $"Décision attendue au plus tard le {FrenchTime.Format(request.DeadlineAt)}. File d'examen : {queueLink}" + Signature);

    public static Notification RequestApproved(string email, AccessRequest request, string clientId, string detailLink) => new(
        NotificationKinds.RequestApproved, email, $"Demande d'accès acceptée : {request.Name}",
        $"Bonjour,\n\nVotre demande d'accès pour l'application « {request.Name} » est acceptée.\n\n"
        + $"Identifiant client : {clientId}\n\n"
        + "Pour obtenir votre secret, connectez-vous et ouvrez la page de l'application : il y sera affiché une seule fois, "
        + $"et n'est jamais envoyé par courriel.\n\n{detailLink}" + Signature);

    public static Notification RequestRefused(string email, AccessRequest request, string reason) => new(
        NotificationKinds.RequestRefused, email, $"Demande d'accès refusée : {request.Name}",
        $"Bonjour,\n\nVotre demande d'accès pour l'application « {request.Name} » est refusée, pour le motif suivant :\n\n{reason}\n\n"
        + "Vous pouvez déposer une nouvelle demande qui en tient compte." + Signature);

    public static Notification SecretRotated(string email, string applicationName, string clientId, DateTimeOffset previousValidUntil) => new(
        NotificationKinds.SecretRotated, email, $"Secret renouvelé : {applicationName}",
        $"Bonjour,\n\nLe secret de l'application « {applicationName} » ({clientId}) vient d'être renouvelé. "
        + $"L'ancien secret reste accepté jusqu'au {FrenchTime.Format(previousValidUntil)} : déployez le nouveau avant cette date.\n\n"
        + "Si vous n'êtes pas à l'origine de ce renouvellement, changez votre mot de passe et renouvelez à nouveau le secret." + Signature);

    public static Notification ApplicationRevoked(string email, string applicationName, string clientId) => new(
        NotificationKinds.ApplicationRevoked, email, $"Identifiants révoqués : {applicationName}",
        $"Bonjour,\n\nLes identifiants de l'application « {applicationName} » ({clientId}) sont révoqués : "
        + "elle ne peut plus obtenir de jeton ni appeler les API. Cette révocation est définitive." + Signature);
}
