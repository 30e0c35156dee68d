using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.ServicesCatalogue;

/// <summary>What each services-catalogue message tells of (the outbox's kind column).</summary>
internal static class ServiceNotificationKinds
{
    public const string Received = "service_recu";
    public const string ToReview = "service_a_examiner";
    public const string Approved = "service_publie";
    public const string Rejected = "service_refuse";
}

/// <summary>The French messages of the services catalogue, one method per event.</summary>
internal static class ServiceNotifications
{
    private const string Signature = "\n\n—\nOpenEmploi, catalogue des services\nCe message est envoyé automatiquement : n'y répondez pas.";

    public static Notification Received(string email, ReuseService service) => new(
        ServiceNotificationKinds.Received, email, $"Service proposé : {service.Name}",
        $"Bonjour,\n\nNous avons bien reçu votre proposition du service « {service.Name} » ({service.Url}) pour le catalogue des services.\n\n"
        + "L'opérateur de la plateforme l'examinera ; vous recevrez sa décision par courriel. Le service n'apparaît dans le catalogue qu'une fois accepté." + Signature);

    public static Notification ToReview(string operatorEmail, ReuseService service, string submitterEmail, string queueLink) => new(
        ServiceNotificationKinds.ToReview, operatorEmail, $"Service à examiner : {service.Name}",
        $"Bonjour,\n\n{submitterEmail} propose le service « {service.Name} » ({service.Url}) pour le catalogue des services.\n\n"
        + $"Description :\n{service.Description}\n\nFile d'examen : {queueLink}" + Signature);

    public static Notification Approved(string email, ReuseService service, string catalogueLink) => new(
        ServiceNotificationKinds.Approved, email, $"Service publié : {service.Name}",
        $"Bonjour,\n\nVotre service « {service.Name} » est accepté : il figure désormais dans le catalogue des services.\n\n{catalogueLink}" + Signature);

    public static Notification Rejected(string email, ReuseService service, string reason) => new(
        ServiceNotificationKinds.Rejected, email, $"Service refusé : {service.Name}",
        $"Bonjour,\n\nVotre service « {service.Name} » n'est pas publié dans le catalogue, pour le motif suivant :\n\n{reason}\n\n"
        + "Vous pouvez le proposer à nouveau en tenant compte de ce motif." + Signature);
}
