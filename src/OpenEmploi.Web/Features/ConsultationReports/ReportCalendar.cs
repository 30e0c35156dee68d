using System.Globalization;
using OpenEmploi.Storage.Reports;

namespace OpenEmploi.Web.Features.ConsultationReports;

/// <summary>
/// Months and deadlines on the Paris calendar (the licence is French): a month's report may be sent
/// once the month is over, and is due by the end of the <see cref="ConsultationReportOptions.DeadlineDay"/>th
/// of the following month, Paris time.
/// </summary>
internal sealed class ReportCalendar(ConsultationReportOptions options)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public int DeadlineDay => options.DeadlineDay;

    /// <summary>The Paris month an instant falls in.</summary>
    public static ReportMonth MonthOf(DateTimeOffset instant) =>
        ReportMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Paris).DateTime));

    /// <summary>When the month is over (its reports may be sent from then): the 1st of the next month, 00:00 Paris.</summary>
    public static DateTimeOffset EndOf(ReportMonth month) => ParisMidnight(month.Next.FirstDay);

    /// <summary>The deadline: the end of the deadline day of the following month (the next day, 00:00 Paris).</summary>
    public DateTimeOffset DeadlineOf(ReportMonth month) => ParisMidnight(month.Next.FirstDay.AddDays(options.DeadlineDay));

    public DateTimeOffset SecondReminderOf(ReportMonth month) => DeadlineOf(month) + options.SecondReminderAfter;

    /// <summary>The last month that is over at <paramref name="now"/>.</summary>
    public static ReportMonth LastEndedMonth(DateTimeOffset now) => MonthOf(now).Previous;

    /// <summary>« novembre 2026 ».</summary>
    public static string Label(ReportMonth month) => month.FirstDay.ToString("MMMM yyyy", French);

    /// <summary>« 10 décembre 2026 »: the last day to send the month's report.</summary>
    public string DeadlineLabel(ReportMonth month) => month.Next.FirstDay.AddDays(options.DeadlineDay - 1).ToString("d MMMM yyyy", French);

    private static DateTimeOffset ParisMidnight(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Paris.GetUtcOffset(local)).ToUniversalTime();
    }
}
