using OpenEmploi.Core.Statistics;
using OpenEmploi.CompanyFinder.History;

namespace OpenEmploi.CompanyFinder.Tests.Backtest;

public sealed class HistoryCoverageTests
{
    [Fact]
    public async Task Windows_before_the_cutoff_without_any_hire_are_named()
    {
        var inputs = new InMemoryStatisticsInputs();
        inputs.Establishments.Add(new Establishment("12345678900011", "Café", null, "56.10A", "12", "69123", 45.76, 4.83, false, new DateOnly(2000, 1, 1), null));
        // Hires from 2024-01 only: of the four windows from 2023-01, the first two are empty.
        for (var month = new DateOnly(2024, 1, 1); month < new DateOnly(2025, 1, 1); month = month.AddMonths(1))
            inputs.Hires.Add(new MonthlyHires("12345678900011", month, HireContract.Cdi, null, 1));

        var data = await HiringDataLoader.LoadAsync(inputs, new DateOnly(2025, 1, 1), 4, withActuals: false, CancellationToken.None);

        Assert.Equal([0, 1], data.WindowsWithoutHires());
        Assert.Equal(new DateOnly(2023, 1, 1), data.Windows.FirstMonth);

        var covered = await HiringDataLoader.LoadAsync(inputs, new DateOnly(2025, 1, 1), 2, withActuals: false, CancellationToken.None);
        Assert.Empty(covered.WindowsWithoutHires());
    }
}
