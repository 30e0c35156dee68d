namespace OpenEmploi.Web.Features.OpenData;

/// <summary>Configuration section "OpenEmploi:OpenData": the anonymised dataset's schedule, folder and retention.</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenEmploi:OpenData";

    /// <summary>Whether this node takes the scheduled exports. Every node serves what the folder holds.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Where exports are written and served from (relative to the current directory, as the store's default).</summary>
    public string Directory { get; set; } = "data/opendata";

    /// <summary>First export of the day, UTC (at night by default: the export is a long read).</summary>
    public TimeSpan TimeOfDay { get; set; } = new(3, 0, 0);

    /// <summary>Time between exports, from <see cref="TimeOfDay"/>: 1.00:00:00 daily, 06:00:00 four times a day.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many days an export stays downloadable; the newest always stays.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>
    /// k of the rare-cell rule: the fewest offers that may share a published place × sector
    /// (docs/open-data.md, "Rare cells"); 1 publishes every cell as it is.
    /// </summary>
    public int MinimumCellOffers { get; set; } = OpenEmploi.OpenData.RareCells.RareCellRule.DefaultMinimumOffers;

    /// <summary>Export at start-up when the folder holds none, so that a new platform has a "latest" at once.</summary>
    public bool ExportAtStartupWhenNone { get; set; } = true;
}
