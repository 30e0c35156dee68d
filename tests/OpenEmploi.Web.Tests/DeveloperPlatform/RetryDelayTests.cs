using OpenEmploi.Web.Features.Notifications;

namespace OpenEmploi.Web.Tests.DeveloperPlatform;

public sealed class RetryDelayTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(9, 256)]
    [InlineData(10, 360)]
    [InlineData(1_000, 360)]
    public void Retries_wait_twice_as_long_each_time_up_to_the_cap(int attempts, int minutes)
    {
        var options = new NotificationOptions { FirstRetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromHours(6) };

        Assert.Equal(TimeSpan.FromMinutes(minutes), options.RetryDelay(attempts));
    }
}
