using OpenEmploi.Web.Features.DeveloperPlatform;

namespace OpenEmploi.Web.Features.Licence;

/// <summary>
/// The licence's deadlines, in Paris calendar days (the publication or sending day is day 0):
/// 15 days to refuse a new version, acceptance by silence on day 16, in force on day 17 (art. 2);
/// 30 days for a notice of breach (art. 9); 12 months without an API call, warned at 11 (art. 9).
/// </summary>
public static class LicenceCalendar
{
    public const int RefusalDays = 15;

    public const int NoticeDays = 30;

    public const int IdleWarningMonths = 11;

    public const int IdleTerminationMonths = 12;

    /// <summary>The last day a new version can be refused.</summary>
    public static DateOnly LastRefusalDay(DateTimeOffset publishedAt) => ParisCalendar.DayOf(publishedAt).AddDays(RefusalDays);

    /// <summary>Start of day 16: silence is acceptance from then on.</summary>
    public static DateTimeOffset TacitAt(DateTimeOffset publishedAt) => ParisCalendar.StartOfDayAfter(publishedAt, RefusalDays + 1);

    /// <summary>Start of day 17: the version applies to whoever accepted it by then (the day after acceptance).</summary>
    public static DateTimeOffset InForceAt(DateTimeOffset publishedAt) => ParisCalendar.StartOfDayAfter(publishedAt, RefusalDays + 2);

    /// <summary>An explicit acceptance, like a tacit one, takes effect the next Paris day.</summary>
    public static DateTimeOffset InForceAfterAcceptance(DateTimeOffset acceptedAt) => ParisCalendar.StartOfDayAfter(acceptedAt, 1);

    /// <summary>The end of the 30th Paris day after the notice was sent.</summary>
    public static DateTimeOffset NoticeDeadline(DateTimeOffset sentAt) => ParisCalendar.StartOfDayAfter(sentAt, NoticeDays + 1);

    public static DateTimeOffset IdleWarningAt(DateTimeOffset idleSince) => idleSince.AddMonths(IdleWarningMonths);

    /// <summary>
    /// 12 months after the last call, and never less than a month after the warning (a job that
    /// could not run on the day, an application reinstated after a long suspension).
    /// </summary>
    public static DateTimeOffset IdleTerminationAt(DateTimeOffset idleSince, DateTimeOffset warnedAt)
    {
        var twelveMonths = idleSince.AddMonths(IdleTerminationMonths);
        var monthAfterWarning = warnedAt.AddMonths(1);
        return twelveMonths > monthAfterWarning ? twelveMonths : monthAfterWarning;
    }
}
