using OpenEmploi.Storage.Reports;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>A stored report: its upload number, the month's status (recu, en_retard) and deadline, what it holds.</summary>
internal sealed record RapportDepose(string Mois, long Depot, DateTimeOffset RecuLe, string Statut, DateTimeOffset Echeance, int Offres, long VuesTotal, int Depots)
{
    public static RapportDepose Of(ReportReceipt receipt, MonthReport status) => new(
        receipt.Month.ToString(), receipt.Id, receipt.ReceivedAt, ReportStatusText.Code(status.Status), status.Deadline, receipt.Offers, receipt.TotalViews, status.Uploads);
}

/// <summary>One error of a refused report: the line (0 for the request as a whole), the field, the value read, the message.</summary>
internal sealed record ErreurRapport(int Ligne, string Champ, string? Valeur, string Message)
{
    public static ErreurRapport Of(ReportError error) => new(error.Line, error.Field, error.Value, error.ToString());
}

/// <summary>An application's reports, newest month first.</summary>
internal sealed record EtatRapports(string ClientId, IReadOnlyList<EtatMois> Mois);

/// <summary>
/// One month: its status (recu, en_retard, manquant, attendu), the deadline, the first and latest
/// uploads, how many, and the latest report's offers and views.
/// </summary>
internal sealed record EtatMois(
    string Mois, string Statut, DateTimeOffset Echeance, DateTimeOffset? PremierDepotLe, DateTimeOffset? DernierDepotLe, int Depots, int? Offres, long? VuesTotal)
{
    public static EtatMois Of(MonthReport report) => new(
        report.Month.ToString(), ReportStatusText.Code(report.Status), report.Deadline, report.First?.ReceivedAt, report.Latest?.ReceivedAt,
        report.Uploads, report.Latest?.Offers, report.Latest?.TotalViews);
}
