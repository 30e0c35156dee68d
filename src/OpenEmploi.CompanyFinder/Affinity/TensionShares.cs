using OpenEmploi.Core.Statistics;

namespace OpenEmploi.CompanyFinder.Affinity;

/// <summary>
/// The share of recruitment projects judged difficult, per occupation, from the annual
/// recruitment-projects survey summed over every employment area. An occupation with fewer than
/// <see cref="MinimumProjects"/> projects has no share (the ratio rule of the statistics: a
/// denominator of at least 30), and so keeps the normal listing threshold.
/// </summary>
public sealed class TensionShares
{
    public const int MinimumProjects = 30;

    private readonly Dictionary<string, double> _shares;

    public TensionShares(IEnumerable<RecruitmentProjects> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var sums = new Dictionary<string, (long Projects, long Difficult)>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var (projects, difficult) = sums.GetValueOrDefault(line.Rome);
            sums[line.Rome] = (projects + line.Projects, difficult + line.Difficult);
        }
        _shares = sums.Where(p => p.Value.Projects >= MinimumProjects)
            .ToDictionary(p => p.Key, p => (double)p.Value.Difficult / p.Value.Projects, StringComparer.Ordinal);
    }

    public static TensionShares None { get; } = new([]);

    public static async Task<TensionShares> LoadAsync(IStatisticsInputs inputs, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var lines = new List<RecruitmentProjects>();
        await foreach (var line in inputs.ReadRecruitmentProjectsAsync(year, ct))
            lines.Add(line);
        return new TensionShares(lines);
    }

    /// <summary>The share of difficult projects, or null when the survey has too few projects for it.</summary>
    public double? DifficultShareOf(string rome) => _shares.TryGetValue(rome, out var share) ? share : null;

    public int Count => _shares.Count;
}
