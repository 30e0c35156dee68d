using OpenEmploi.Storage.Developers;
using OpenEmploi.Storage.Reports;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>The French messages of the consultation reports.</summary>
internal static class ReportNotificationTexts
{
    /// <summary>The outbox kind of a reminder (the first at the deadline, the second a week later).</summary>
    public const string ReminderKind = "rapport_consultation_manquant";

    private const string Signature = "\n\n—\nOpenEmploi, plateforme des développeurs\nCe message est envoyé automatiquement : n'y répondez pas.";

    public static Notification Reminder(
        string email, string applicationName, string clientId, ReportMonth month, int number, string deadlineLabel, string uploadLink) => new(
        ReminderKind, email,
        (number == 1 ? "Rapport de consultation manquant" : "Deuxième rappel : rapport de consultation manquant")
            + $" : {applicationName}, {ReportCalendar.Label(month)}",
        $"Bonjour,\n\nL'article 5.4 de la licence demande chaque mois le nombre de consultations de chaque offre, offre par offre et au total. "
        + $"Le rapport de {ReportCalendar.Label(month)} de l'application « {applicationName} » ({clientId}) était attendu au plus tard le {deadlineLabel} "
        + "et nous ne l'avons pas reçu.\n\n"
        + $"Déposez-le sur la page des rapports de l'application :\n\n{uploadLink}\n\n"
        + $"ou par l'API (PUT /partenaire/rapports-consultation/v1/mois/{month} avec un jeton portant le scope api_rapportsconsultationv1). "
        + "Le format est décrit sur la page."
        + (number == 1 ? "" : "\n\nC'est le deuxième rappel : sans rapport, l'opérateur peut engager la procédure prévue à l'article 9 de la licence.")
        + Signature);
}
