using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenEmploi.Core.Statistics;

namespace OpenEmploi.Web.Features.Statistics;

/// <summary>A written CSV file of a table, with what the catalogue says of it.</summary>
public sealed record StatisticsFile(StatisticsTable Table, string Path, long Size, string Sha256, long Rows, DateTimeOffset Modified);

/// <summary>
/// Keeps one CSV file per published table in the downloads folder, in step with the store: when the
/// computed periods change (a new quarter, a recomputation), every table is written again, streamed
/// from the store into a temporary file renamed into place, and the catalogue then lists the new
/// files. The files' names carry a digest of the periods they hold, so that nodes and test hosts
/// sharing a folder never overwrite each other's files with different content.
/// </summary>
public sealed class StatisticsDownloads(IPublishedStatistics statistics, StatisticsCsvWriter writer, StatisticsDownloadOptions options, ILogger<StatisticsDownloads> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Snapshot _current = new("", []);

    private sealed record Snapshot(string Signature, IReadOnlyList<StatisticsFile> Files);

    /// <summary>The files of the newest refresh (empty before the first computation).</summary>
    public IReadOnlyList<StatisticsFile> Files => _current.Files;

    public StatisticsFile? FileOf(StatisticsTable table) => _current.Files.FirstOrDefault(f => f.Table == table);

    /// <summary>Writes the files again if the store's periods changed since the last refresh; returns whether it did.</summary>
    public async Task<bool> RefreshAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var periods = await statistics.GetComputedPeriodsAsync(ct);
            var signature = Signature(periods);
            if (signature == _current.Signature)
                return false;
            if (periods.Count == 0)
            {
                _current = new Snapshot(signature, []);
                return true;
            }
            var folder = Path.GetFullPath(options.Directory);
            Directory.CreateDirectory(folder);
            var modified = periods.Max(p => p.ComputedAt);
            var files = new List<StatisticsFile>();
            foreach (var table in StatisticsTable.All)
            {
                var path = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(table.FileName)}-{signature}.csv");
                var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
                long rows;
                await using (var output = File.Create(temporary))
                    rows = await writer.WriteAsync(table, output, ct);
                File.Move(temporary, path, overwrite: true);
                var (size, sha) = Digest(path);
                files.Add(new StatisticsFile(table, path, size, sha, rows, modified));
            }
            _current = new Snapshot(signature, files);
            logger.LogInformation("Téléchargements des statistiques écrits dans {Folder} ({Periods} périodes)", folder, periods.Count);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private static string Signature(IReadOnlyList<ComputedPeriod> periods)
    {
        var text = string.Join('\n', periods.OrderBy(p => p.Kind).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Kind}:{p.Code}:{p.ComputedAt.UtcTicks}:{p.Cells}")));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    private static (long Size, string Sha256) Digest(string path)
    {
        using var stream = File.OpenRead(path);
        return (stream.Length, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}

/// <summary>Configuration section "OpenEmploi:Statistics:Downloads".</summary>
public sealed class StatisticsDownloadOptions
{
    public const string Section = "OpenEmploi:Statistics:Downloads";

    /// <summary>Where the CSV files are written (relative to the current directory, as the open-data folder).</summary>
    public string Directory { get; set; } = "data/statistiques";

    /// <summary>How often the node compares the store's computed periods with its files.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>Refreshes the downloads at start-up and then every <see cref="StatisticsDownloadOptions.CheckInterval"/>.</summary>
internal sealed class StatisticsDownloadsRefresher(StatisticsDownloads downloads, StatisticsDownloadOptions options, TimeProvider clock, ILogger<StatisticsDownloadsRefresher> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Hosting.RepeatingRounds.RunAsync(
            async ct => await downloads.RefreshAsync(ct), options.CheckInterval, clock,
            error => logger.LogError(error, "Échec de l'écriture des téléchargements des statistiques"), stoppingToken);
}
