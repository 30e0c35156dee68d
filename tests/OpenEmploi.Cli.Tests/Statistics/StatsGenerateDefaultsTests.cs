using Microsoft.Extensions.Time.Testing;
using OpenEmploi.Cli.Commands.Statistics;

namespace OpenEmploi.Cli.Tests.Statistics;

public sealed class StatsGenerateDefaultsTests
{
    [Fact]
    public void By_default_job_seekers_cover_three_years_and_hires_seven_enough_for_the_finders_backtest()
    {
        var options = StatsGenerateCommand.Options(0.01, 42, years: null, until: null, new FakeTimeProvider(CliRun.Now));

        Assert.Equal(2024, options.FirstYear);
        Assert.Equal(new DateOnly(2026, 10, 31), options.End);
        // The backtest of November 2026 sees hires until April and reads eleven half-years before: from 2020-11.
        Assert.Equal(2020, options.HiresFromYear);
        Assert.Equal(2020, options.HeadcountsFromYear);
    }

    [Fact]
    public void Years_asked_further_back_stretch_the_hires_too()
    {
        var options = StatsGenerateCommand.Options(0.01, 42, "2018-2026", until: null, new FakeTimeProvider(CliRun.Now));

        Assert.Equal(2018, options.HiresFromYear);
    }
}
