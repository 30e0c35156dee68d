using OpenEmploi.Core.Statistics;
using OpenEmploi.Statistics.JobSeekers;
using OpenEmploi.Statistics.Model;

namespace OpenEmploi.Statistics.Tests;

/// <summary>
/// The register is counted by several threads, each on its own id ranges and with its own
/// characteristic codes: the counted cells and the codebook (whose ids order the cells, and with
/// them the work of the disclosure control) must be those of one thread reading it all in order.
/// </summary>
public sealed class ParallelCountingTests
{
    [Fact]
    public async Task Two_threads_count_the_same_cells_with_the_same_codes_as_one()
    {
        var inputs = SyntheticRegister.Generate("69", 3_000, 11);
        // Values met only at the end of the register (the last part), and only in its middle:
        // their codes must come where one reader meets them, not where a thread does.
        var last = inputs.Episodes[^1];
        inputs.Episodes.Add(last with
        {
            Id = last.Id + 1, EducationLevel = "NV9", Qualification = "Z", RegisteredOn = new DateOnly(2025, 1, 1), ExitedOn = null, ExitReason = null,
        });
        inputs.Episodes[1_500] = inputs.Episodes[1_500] with
        {
            EducationLevel = "AFS", RegisteredOn = new DateOnly(2025, 1, 1), ExitedOn = null, ExitReason = null,
        };

        var (oneContext, oneKeys, oneSums, oneEpisodes) = await CountAsync(inputs, threads: 1);
        var (twoContext, twoKeys, twoSums, twoEpisodes) = await CountAsync(inputs, threads: 2);

        Assert.Equal(inputs.Episodes.Count(e => e.RegisteredOn <= TestData.Quarter.End && (e.ExitedOn is null || e.ExitedOn >= TestData.Quarter.Start.AddDays(-1))), oneEpisodes);
        Assert.Equal(oneEpisodes, twoEpisodes);
        Assert.Equal(Characteristics(oneContext), Characteristics(twoContext));
        Assert.Contains(("NIVFORM", "NV9"), Characteristics(oneContext));
        Assert.Contains(("NIVFORM", "AFS"), Characteristics(oneContext));
        Assert.Equal(oneKeys, twoKeys);
        Assert.Equal(oneSums, twoSums);
    }

    [Fact]
    public async Task Codes_are_given_in_the_order_one_reader_meets_them()
    {
        var inputs = SyntheticRegister.Generate("974", 600, 4);
        var first = inputs.Episodes.OrderBy(e => e.Id).First(e => JobSeekerCounter.RegisteredAt(e, TestData.Quarter.End));

        var (context, _, _, _) = await CountAsync(inputs, threads: 4);

        // The first episode registered at the quarter's end gives the first codes, in the profile's order.
        Assert.Equal(
            [
                ("SEXE", JobSeekerCounter.SexCode(first.Sex)), ("AGE", JobSeekerCounter.AgeBand(first.BirthMonth, TestData.Quarter.End)),
                ("NIVFORM", first.EducationLevel), ("QUALIF", first.Qualification),
            ],
            Characteristics(context).Take(4));
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 100, 2)]
    [InlineData(5, 7, 4)]
    [InlineData(long.MaxValue - 10, long.MaxValue, 2)]
    public void Id_ranges_cover_the_register_once_in_order(long first, long last, int threads)
    {
        var parts = EpisodeParts.Split((first, last), threads);

        Assert.Equal(first, parts[0].First);
        Assert.Equal(last, parts[^1].Last);
        Assert.All(parts, p => Assert.True(p.First <= p.Last));
        Assert.All(parts.Zip(parts.Skip(1)), p => Assert.Equal(p.First.Last + 1, p.Second.First));
        Assert.True(parts.Count <= Math.Max(1, threads * EpisodeParts.PartsPerThread));
        Assert.Empty(EpisodeParts.Split(null, threads));
    }

    private static async Task<(StatisticsContext Context, long[] Keys, double[] Sums, long Episodes)> CountAsync(IStatisticsInputs inputs, int threads)
    {
        var context = TestData.Context();
        var table = new CellTable();
        var episodes = await JobSeekerCounter.CountAsync(context, table, inputs, TestData.Quarter, threads, CancellationToken.None);
        // No roll-up above the counted cells: they are compared as counted.
        table.RollUp((_, _) => [], (_, _) => [], threads: 1);
        return (context, table.SortedKeys, [.. table.SortedSums.Select(s => s.Value)], episodes);
    }

    private static List<(string Type, string Code)> Characteristics(StatisticsContext context)
    {
        var codes = new List<(string, string)>();
        for (var id = 1; id < context.Codes.CharacteristicCount; id++)
        {
            var (type, code, _) = context.Codes.CharacteristicAt(id);
            codes.Add((type, code));
        }
        return codes;
    }
}
