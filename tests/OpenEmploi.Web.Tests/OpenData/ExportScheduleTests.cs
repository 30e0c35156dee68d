using OpenEmploi.Web.Features.OpenData;

namespace OpenEmploi.Web.Tests.OpenData;

public sealed class ExportScheduleTests
{
    [Theory]
    [InlineData("2026-11-29T01:00:00Z", "03:00:00", "1.00:00:00", "2026-11-29T03:00:00Z")]
    [InlineData("2026-11-29T03:00:00Z", "03:00:00", "1.00:00:00", "2026-11-29T03:00:00Z")]
    [InlineData("2026-11-29T03:00:01Z", "03:00:00", "1.00:00:00", "2026-11-30T03:00:00Z")]
    [InlineData("2026-11-29T01:00:00Z", "03:00:00", "06:00:00", "2026-11-29T03:00:00Z")]
    [InlineData("2026-11-29T14:10:00Z", "03:00:00", "06:00:00", "2026-11-29T15:00:00Z")]
    [InlineData("2026-11-29T23:30:00Z", "03:00:00", "06:00:00", "2026-11-30T03:00:00Z")]
    [InlineData("2026-11-29T00:20:00Z", "03:00:00", "06:00:00", "2026-11-29T03:00:00Z")]
    [InlineData("2026-11-29T00:20:00Z", "02:00:00", "00:30:00", "2026-11-29T00:30:00Z")]
    public void The_next_export_is_the_first_scheduled_time_not_in_the_past(string now, string timeOfDay, string interval, string expected)
    {
        var next = ExportSchedule.Next(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture),
            TimeSpan.Parse(timeOfDay, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), next);
    }
}
