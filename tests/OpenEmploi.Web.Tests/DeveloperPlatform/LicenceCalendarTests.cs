using OpenEmploi.Storage.Applications;
using OpenEmploi.Storage.Developers;
using OpenEmploi.Web.Features.Licence;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

/// <summary>The licence's deadlines in Paris calendar days, across the clock changes, and an application's standing from its decisions.</summary>
public sealed class LicenceCalendarTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    [Fact]
    public void A_version_published_late_in_the_Paris_evening_counts_from_the_Paris_day()
    {
        // 23:30 UTC on 9 January is 00:30 on the 10th in Paris: day 0 is the 10th.
        var published = Utc(2027, 1, 9, 23, 30);

        Assert.Equal(new DateOnly(2027, 1, 25), LicenceCalendar.LastRefusalDay(published));
        Assert.Equal(Utc(2027, 1, 25, 23), LicenceCalendar.TacitAt(published));
        Assert.Equal(Utc(2027, 1, 26, 23), LicenceCalendar.InForceAt(published));
    }

    [Fact]
    public void Deadlines_that_cross_the_spring_clock_change_start_at_Paris_midnight()
    {
        // Published on 20 March 2027 (UTC+1); day 16 is 5 April, after the change to UTC+2 on 28 March.
        var published = Utc(2027, 3, 20, 10);

        Assert.Equal(Utc(2027, 4, 4, 22), LicenceCalendar.TacitAt(published));
        Assert.Equal(Utc(2027, 4, 5, 22), LicenceCalendar.InForceAt(published));
        // A notice sent on 10 October 2027 (UTC+2) ends at the start of 10 November (UTC+1).
        Assert.Equal(Utc(2027, 11, 9, 23), LicenceCalendar.NoticeDeadline(Utc(2027, 10, 10, 8)));
        Assert.Equal(Utc(2027, 3, 29, 22), LicenceCalendar.InForceAfterAcceptance(Utc(2027, 3, 29, 9)));
    }

    [Fact]
    public void Idle_termination_is_twelve_months_after_the_last_call_and_a_month_after_the_warning()
    {
        var lastCall = Utc(2026, 1, 31, 14);

        Assert.Equal(Utc(2026, 12, 31, 14), LicenceCalendar.IdleWarningAt(lastCall));
        // Warned by the next daily run: a month later.
        Assert.Equal(Utc(2027, 1, 31, 23), LicenceCalendar.IdleTerminationAt(lastCall, Utc(2026, 12, 31, 23)));
        // Warned on 28 February (11 months after 31 March, the shorter month): still 12 months after the last call.
        Assert.Equal(Utc(2027, 3, 31, 14), LicenceCalendar.IdleTerminationAt(Utc(2026, 3, 31, 14), Utc(2027, 2, 28, 15)));
        // A warning sent late (the job could not run, a long suspension) still leaves a month.
        Assert.Equal(Utc(2027, 3, 10, 1), LicenceCalendar.IdleTerminationAt(lastCall, Utc(2027, 2, 10, 1)));
    }

    [Fact]
    public void The_standing_follows_the_decisions_in_force_and_lists_the_versions_awaiting_an_answer()
    {
        var approved = Utc(2026, 2, 1, 9);
        var request = new AccessRequest("r", "compte", "Site", ApiScopes.OffresApi, "usage", 1, AccessRequestStatus.Approved,
            approved.AddDays(-1), approved.AddDays(4), approved, "op", null, "PAR_site");
        var application = new ApiApplication("PAR_site", "Site", "h", ApiScopes.OffresApi, ApplicationStatus.Active, 10, 10, approved, approved);
        var v2 = Version(2, Utc(2026, 3, 1, 10));
        var v3 = Version(3, Utc(2026, 6, 1, 10));
        var versions = new[] { Version(1, Utc(2026, 1, 1, 0)) with { TacitAt = null, InForceAt = null }, v2, v3 };
        var tacitV2 = new LicenceDecision("PAR_site", 2, LicenceDecisionKind.Tacit, v2.TacitAt!.Value, v2.InForceAt, null);
        var otherApplication = new LicenceDecision("PAR_autre", 3, LicenceDecisionKind.Explicit, Utc(2026, 6, 2, 10), Utc(2026, 6, 2, 22), "x");

        var before = LicenceStanding.Of(request, application, versions[..2], [tacitV2, otherApplication], v2.TacitAt!.Value.AddHours(1));
        var after = LicenceStanding.Of(request, application, versions, [tacitV2, otherApplication], Utc(2026, 6, 2, 12));

        Assert.Equal((1, AcceptanceWay.WithRequest, approved), (before.VersionInForce, before.Way, before.InForceSince));
        Assert.Equal(2, before.Upcoming?.Version);
        Assert.Empty(before.Pending);
        Assert.Equal((2, AcceptanceWay.Tacit, v2.InForceAt!.Value), (after.VersionInForce, after.Way, after.InForceSince));
        Assert.Null(after.Upcoming);
        Assert.Equal([3], after.Pending.Select(version => version.Version));
        Assert.Empty(LicenceStanding.Of(request, application with { RevokedAt = approved }, versions, [tacitV2], Utc(2026, 6, 2, 12)).Pending);
    }

    private static LicenceVersion Version(int number, DateTimeOffset published) => new(number, "texte " + number, published)
    {
        TacitAt = LicenceCalendar.TacitAt(published),
        InForceAt = LicenceCalendar.InForceAt(published),
    };
}
