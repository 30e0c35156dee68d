using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>What each licence message tells of (the outbox's kind column).</summary>
public static class LicenceNotificationKinds
{
    public const string VersionPublished = "licence_publiee";
    public const string TacitlyAccepted = "licence_acceptee_tacitement";
    public const string Refused = "licence_refusee";
    public const string Suspended = "application_suspendue";
    public const string Reinstated = "application_retablie";
    public const string NoticeSent = "mise_en_demeure";
    public const string NoticeLifted = "mise_en_demeure_levee";
    public const string Terminated = "licence_resiliee";
    public const string IdleWarning = "avertissement_inactivite";
}

/// <summary>The French messages of the licence processes, one method per event.</summary>
internal static class LicenceTexts
{
    private const string Signature = "\n\n—\nOpenEmploi, plateforme des développeurs\nCe message est envoyé automatiquement : n'y répondez pas.";

    /// <summary>A link where the base URL is known, otherwise the page's path on the platform.</summary>
    public static string Link(string? baseUrl, string path) =>
        string.IsNullOrEmpty(baseUrl) ? $"la page {path} de la plateforme des développeurs" : baseUrl + path;

    private static string Applications(IEnumerable<(string Name, string ClientId)> applications) =>
        string.Join("\n", applications.Select(application => $"- « {application.Name} » ({application.ClientId})"));

    public static Notification VersionPublished(
        string email, LicenceVersion version, IEnumerable<(string Name, string ClientId)> applications, string? baseUrl) => new(
        LicenceNotificationKinds.VersionPublished, email, $"Nouvelle version de la licence : version {version.Version}",
        $"Bonjour,\n\nL'opérateur publie la version {version.Version} de la licence de réutilisation des données d'OpenEmploi. "
        + "Elle concerne vos applications :\n\n" + Applications(applications) + "\n\n"
        + $"Vous pouvez la lire, l'accepter ou la refuser pour chaque application jusqu'au "
        + $"{FrenchTime.FormatDay(LicenceCalendar.LastRefusalDay(version.PublishedAt))} inclus : "
        + Link(baseUrl, "/developpeurs/licence") + "\n\n"
        + "Sans refus exprès dans ce délai de 15 jours calendaires, elle est réputée acceptée (article 2 de la licence) "
        + $"et s'applique à partir du {FrenchTime.FormatDay(ParisCalendarDay(version.InForceAt!.Value))}. "
        + "Refuser la nouvelle version met fin à l'accès de l'application à la base." + Signature);

    public static Notification TacitlyAccepted(string email, string applicationName, string clientId, LicenceVersion version) => new(
        LicenceNotificationKinds.TacitlyAccepted, email, $"Version {version.Version} de la licence acceptée : {applicationName}",
        $"Bonjour,\n\nFaute de refus dans le délai de 15 jours calendaires, la version {version.Version} de la licence est réputée acceptée "
        + $"pour l'application « {applicationName} » ({clientId}). Elle s'applique à partir du "
        + $"{FrenchTime.FormatDay(ParisCalendarDay(version.InForceAt!.Value))}." + Signature);

    public static Notification Refused(string email, string applicationName, string clientId, int version) => new(
        LicenceNotificationKinds.Refused, email, $"Licence refusée, accès terminé : {applicationName}",
        $"Bonjour,\n\nVous avez refusé la version {version} de la licence pour l'application « {applicationName} » ({clientId}). "
        + "La licence de cette application prend fin : ses identifiants sont révoqués, elle ne peut plus obtenir de jeton "
        + "ni appeler les API. Pour retrouver un accès, déposez une nouvelle demande qui accepte la version en vigueur." + Signature);

    public static Notification Suspended(string email, string applicationName, string clientId, string reason) => new(
        LicenceNotificationKinds.Suspended, email, $"Accès suspendu : {applicationName}",
        $"Bonjour,\n\nL'opérateur suspend l'accès de l'application « {applicationName} » ({clientId}) aux API, "
        + $"en application de l'article 9 de la licence, pour le motif suivant :\n\n{reason}\n\n"
        + "Ses identifiants sont conservés, mais elle ne peut plus obtenir de jeton ni appeler les API jusqu'au rétablissement de l'accès." + Signature);

    public static Notification Reinstated(string email, string applicationName, string clientId) => new(
        LicenceNotificationKinds.Reinstated, email, $"Accès rétabli : {applicationName}",
        $"Bonjour,\n\nL'opérateur rétablit l'accès de l'application « {applicationName} » ({clientId}) aux API. "
        + "Ses identifiants fonctionnent à nouveau." + Signature);

    public static Notification NoticeSent(string email, string applicationName, string clientId, LicenceNotice notice) => new(
        LicenceNotificationKinds.NoticeSent, email, $"Mise en demeure : {applicationName}",
        $"Bonjour,\n\nL'opérateur vous met en demeure de respecter la licence pour l'application « {applicationName} » ({clientId}), "
        + $"pour le motif suivant :\n\n{notice.Reason}\n\n"
        + $"Si la mise en demeure n'est pas levée par l'opérateur d'ici le {FrenchTime.FormatDay(ParisCalendarDay(notice.DeadlineAt).AddDays(-1))} inclus "
        + "(30 jours), la licence de l'application est résiliée et ses identifiants révoqués (article 9 de la licence)." + Signature);

    public static Notification NoticeLifted(string email, string applicationName, string clientId, LicenceNotice notice) => new(
        LicenceNotificationKinds.NoticeLifted, email, $"Mise en demeure levée : {applicationName}",
        $"Bonjour,\n\nL'opérateur lève la mise en demeure adressée le {FrenchTime.Format(notice.SentAt)} "
        + $"pour l'application « {applicationName} » ({clientId}). Sa licence se poursuit." + Signature);

    public static Notification NoticeExpired(string email, string applicationName, string clientId, LicenceNotice notice) => new(
        LicenceNotificationKinds.Terminated, email, $"Licence résiliée : {applicationName}",
        $"Bonjour,\n\nLa mise en demeure adressée le {FrenchTime.Format(notice.SentAt)} pour l'application « {applicationName} » ({clientId}) "
        + $"est restée sans suite pendant 30 jours (motif : {notice.Reason}). La licence de l'application est résiliée (article 9) : "
        + "ses identifiants sont révoqués, elle ne peut plus obtenir de jeton ni appeler les API." + Signature);

    public static Notification IdleWarning(string email, string applicationName, string clientId, DateTimeOffset idleSince, DateTimeOffset terminationAt) => new(
        LicenceNotificationKinds.IdleWarning, email, $"Application inactive, résiliation prochaine : {applicationName}",
        $"Bonjour,\n\nL'application « {applicationName} » ({clientId}) n'a fait aucun appel à l'API depuis le {FrenchTime.Format(idleSince)}. "
        + "La licence est résiliée d'office après 12 mois sans aucun appel (article 9). "
        + $"Sans appel à l'API d'ici là, elle le sera le {FrenchTime.Format(terminationAt)} et ses identifiants seront révoqués." + Signature);

    public static Notification IdleTerminated(string email, string applicationName, string clientId, DateTimeOffset idleSince) => new(
        LicenceNotificationKinds.Terminated, email, $"Licence résiliée pour inactivité : {applicationName}",
        $"Bonjour,\n\nL'application « {applicationName} » ({clientId}) n'a fait aucun appel à l'API depuis le {FrenchTime.Format(idleSince)}. "
        + "Après 12 mois sans aucun appel, sa licence est résiliée d'office (article 9) : ses identifiants sont révoqués. "
        + "Pour retrouver un accès, déposez une nouvelle demande." + Signature);

    private static DateOnly ParisCalendarDay(DateTimeOffset instant) => ParisCalendar.DayOf(instant);
}
