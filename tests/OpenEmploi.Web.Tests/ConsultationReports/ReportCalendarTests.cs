using OpenEmploi.Storage.Reports;
using OpenEmploi.Web.Features.ConsultationReports;

namespace OpenEmploi.Web.Tests.ConsultationReports;

public sealed class ReportCalendarTests
{
    private readonly ReportCalendar _calendar = new(new ConsultationReportOptions());

    [Fact]
    public void A_month_is_due_by_the_end_of_the_tenth_of_the_next_month_paris_time()
    {
        // Winter (UTC+1), summer (UTC+2), and December into January.
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 23, 0, 0, TimeSpan.Zero), _calendar.DeadlineOf(new ReportMonth(2026, 11)));
        Assert.Equal(new DateTimeOffset(2026, 7, 10, 22, 0, 0, TimeSpan.Zero), _calendar.DeadlineOf(new ReportMonth(2026, 6)));
        Assert.Equal(new DateTimeOffset(2027, 1, 10, 23, 0, 0, TimeSpan.Zero), _calendar.DeadlineOf(new ReportMonth(2026, 12)));
        Assert.Equal(new DateTimeOffset(2026, 12, 17, 23, 0, 0, TimeSpan.Zero), _calendar.SecondReminderOf(new ReportMonth(2026, 11)));
        Assert.Equal("10 décembre 2026", _calendar.DeadlineLabel(new ReportMonth(2026, 11)));
        Assert.Equal("novembre 2026", ReportCalendar.Label(new ReportMonth(2026, 11)));
    }

    [Fact]
    public void Months_follow_the_paris_calendar()
    {
        // 30 November 23:30 UTC is already December in Paris.
        Assert.Equal(new ReportMonth(2026, 12), ReportCalendar.MonthOf(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero)));
        Assert.Equal(new ReportMonth(2026, 11), ReportCalendar.LastEndedMonth(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 23, 0, 0, TimeSpan.Zero), ReportCalendar.EndOf(new ReportMonth(2026, 11)));
    }

    [Theory]
    [InlineData("2026-11", true)]
    [InlineData("2026-1", false)]
    [InlineData("2026-13", false)]
    [InlineData("26-11", false)]
    [InlineData("2026/11", false)]
    [InlineData("", false)]
    public void A_month_is_written_yyyy_mm(string text, bool valid)
    {
        Assert.Equal(valid, ReportMonth.TryParse(text, out var month));
        if (valid)
            Assert.Equal(text, month.ToString());
    }
}
